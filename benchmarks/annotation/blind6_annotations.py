"""Hand annotations of InSciOut dev stories, the sixth blind set (issue 15), by the annot6 session,
2026-12-02, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.
Stories drawn by pick_blind6.py (seed 2032), annotated in drawing order: stories whose release has
gold stories only in the held-out sets blind2-5, at most one story per release.

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_blind6.py turns them
into offsets and writes ../verdicts_blind6_dev.jsonl. Q and C are the helpers of
blind2_annotations.py.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind2_annotations import C, Q

P, O, D = "person", "organisation", "document"
NIR = "not_in_release"
STORIES = []

# 1
THORAX = "study published in Thorax"
STORIES.append(
    dict(
        story_id="news-25-152-bbc.co.uk",
        story_note="Headline, dateline, the explainer links ('What is processed meat?', 'How much of a cancer risk ...') and the 'Meat wheeze' subheading left out. The story names no institution for the researchers, so 'say researchers', 'The researchers believe' and 'The experts stress that their work' have a null speaker. 'People who said they consumed more than four portions ... had the biggest deterioration' and 'the link ... remained' have no cue of their own and are not annotated (method and continuation of the finding).",
        quotes=[
            Q(
                "Although certain foods can be triggers for allergies in some people, there is no specific dietary advice to manage asthma symptoms generally. For most people with asthma, healthy eating advice is exactly the same as it is for everyone else: follow a balanced diet that includes plenty of fresh and unprocessed food and is low in sugar, salt and saturated fat.",
                "Erika Kennington",
                P,
                NIR,
                note="Asthma UK comment; the release has no outside comment.",
            ),
            Q(
                "a varied and Mediterranean-style diet",
                "Catherine Collins",
                P,
                NIR,
                note="Partial quotation attributed by 'recommended'; British Dietetic Association comment.",
            ),
            Q(
                "whether you have asthma or not.",
                "Catherine Collins",
                P,
                NIR,
                note="Second partial quotation of the same sentence, after the unquoted 'containing plenty of fresh produce'.",
            ),
        ],
        claims=[
            C(
                "Eating processed meat might make asthma symptoms worse",
                None,
                P,
                "distorted",
                rel="A high dietary intake of cured and processed meats, such as ham and salami, is linked to worsening asthma symptoms, reveals research published online in the journal Thorax.",
                how="causal",
                note="'say researchers'. The release reports a link from an observational study ('no firm conclusions ... about cause and effect'); 'might make ... worse' is causal though hedged (as blind5 judged 'may be exacerbating' for the same release). Supported is defensible against 'processed meat intake may have an independent role in asthma symptoms'.",
            ),
            C(
                "Consuming more than four portions a week is a risk",
                THORAX,
                D,
                "supported",
                rel="Four or more weekly servings seem to have the greatest impact on symptoms, the findings suggest.",
                note="'suggests the study of nearly 1,000 French people'; the hedge is in the cue. 'more than four' vs 'four or more' judged minor.",
            ),
            C(
                "it could be a preservative called nitrite used in meats such as sausages, salami and ham that aggravates the airways",
                None,
                P,
                "supported",
                rel="Cured and processed meat is rich in nitrites, which may have a role in airway inflammation--a typical feature of asthma.",
                note="'The researchers believe'. The release gives the nitrite mechanism as background narrative ('may have a role'), not as the researchers' belief; other is defensible.",
            ),
            C(
                "the link has not been proved",
                None,
                P,
                "supported",
                rel="This is an observational study, so no firm conclusions can be drawn about cause and effect.",
                note="'But experts say' (unnamed experts). Split from 'more investigations are needed', which is not in the release.",
            ),
            C(
                "more investigations are needed",
                None,
                P,
                NIR,
                note="'experts say'; the release calls for no further research.",
            ),
            C(
                "Rather than worry about one type of food, people should be eating a healthy and varied diet",
                None,
                P,
                NIR,
                note="'they advise' (the unnamed experts); the release gives no dietary advice.",
            ),
            C(
                "Processed meat has already been linked with cancer.",
                None,
                P,
                NIR,
                note="Agentless passive 'has been linked' (blind2-5 convention); doubtful whether it is a reported claim. The release mentions only 'the deleterious effect of cured meat on health'.",
            ),
            C(
                "people should eat no more than 70g a day of red and processed meat for good health",
                None,
                P,
                NIR,
                note="'Experts say'; no portion advice in the release.",
            ),
            C(
                "Among the people with asthma, higher meat consumption was linked with a worsening of their lung symptoms.",
                THORAX,
                D,
                "supported",
                rel="A high dietary intake of cured and processed meats, such as ham and salami, is linked to worsening asthma symptoms, reveals research published online in the journal Thorax.",
                note="Passive 'was linked' (as blind5's same sentence in news-25-152-thetimes); doubtful whether it is a reported claim. The release's analysis covers all 971 participants, not only those with asthma.",
            ),
            C(
                "their work cannot prove diet is definitely to blame",
                None,
                P,
                "supported",
                rel="This is an observational study, so no firm conclusions can be drawn about cause and effect.",
                note="'The experts stress that their work' = the study's researchers (no institution named).",
            ),
            C(
                '"a varied and Mediterranean-style diet", containing plenty of fresh produce, "whether you have asthma or not."',
                "Catherine Collins",
                P,
                NIR,
                note="Mixed quotation: 'recommended' with partial quotations gives a claim and the quotations.",
            ),
        ],
    )
)

# 2
BMJ = "study published by The BMJ"
STORIES.append(
    dict(
        story_id="news-25-050-scmp.com",
        story_note="A round-up of three health items; only the first (height, BMI and socioeconomic status) is from this release, so every item of the other two (the Hong Kong RECQL breast-cancer mutation, the Berkeley cosmetics study of Latina teenagers) is not_in_release. Headline, standfirst, publication lines and the two item headings left out. Method sentences ('The scientists analysed ...', 'Five measures ...', 'Researchers provided 100 Latina teenagers ...') and unattributed sentences ('A range of factors could link tallness ...', 'This level of incidence means ...', the cosmetics percentages) are not annotated. The story names no institution for the height study's researchers (null speaker).",
        quotes=[
            Q(
                "We decided to test for the RECQL mutation, recently identified as being associated with an increased risk of the disease,",
                "Ava Kwong Hoi-wai",
                P,
                NIR,
                note="Item from another study (Hong Kong breast-cancer registry).",
            ),
            Q(
                "We found that RECQL was present in 0.54 per cent of the women in our group (Southern Chinese), and we also know that a similar group of Northern Chinese women, from Beijing, had a RECQL incidence of 2 per cent.",
                "Ava Kwong Hoi-wai",
                P,
                NIR,
                note="A new pair of marks after the attribution sentence: a second entry.",
            ),
            Q(
                "We hope that our work will enable screening programmes for high-risk women to be better targeted, and also lead to the development of new drugs aimed exclusively at patients carrying specific mutations.",
                "Ava Kwong Hoi-wai",
                P,
                NIR,
            ),
            Q(
                "Teen girls may be at particular risk [of exposure to these chemicals] since it’s a time of rapid reproductive development, and research has suggested that they use more personal care products per day than the average adult woman,",
                "Kim Harley",
                P,
                NIR,
                note="Item from another study (Berkeley cosmetics trial).",
            ),
        ],
        claims=[
            C(
                "these physical attributes are also associated with a higher socioeconomic status in developed countries",
                BMJ,
                D,
                "supported",
                rel="In developed countries, being taller and thinner are associated with higher socioeconomic status, but the directions of these associations are not fully understood.",
                note="'a new study shows'. In the release this is known background the study set out to explain, not its finding; the study's own finding (taller men, thinner women at an advantage) carries it, so supported; other is defensible.",
            ),
            C(
                "Being a short man or an overweight woman is associated with reduced life opportunities in areas such as education, occupation and income",
                BMJ,
                D,
                "supported",
                rel="Being a short man or an overweight woman is associated with lower chances in life in areas such as education, occupation, and income, concludes a study published by The BMJ today.",
                note="'concludes the study'.",
            ),
            C(
                "being short, as estimated by genetics, leads to lower levels of education, lower job status, and less income, particularly in men, and that higher BMI leads to lower income and greater deprivation in women",
                BMJ,
                D,
                "supported",
                rel="The results show that shorter height, as estimated by genetics, leads to lower levels of education, lower job status, and less income, particularly in men, and that higher BMI leads to lower income and greater deprivation in women.",
                note="'The results show that'.",
            ),
            C(
                "the possibilities include complex interactions between self-esteem, stigma, positive discrimination, and increased intelligence",
                None,
                P,
                "supported",
                rel="However, they say possibilities include complex interactions between self esteem, stigma, positive discrimination, and increased intelligence.",
                note="'the researchers suggest' (no institution named).",
            ),
            C(
                "Further research was needed",
                "Ava Kwong Hoi-wai",
                P,
                NIR,
                note="'said Kwong'; another study.",
            ),
            C(
                "Just taking a three-day break from certain kinds of make-up, shampoo and lotion can lead to a significant drop in levels of hormone-disrupting chemicals in the body",
                "study of Latina teenagers' personal care products",
                D,
                NIR,
                note="'a study has found'; another study.",
            ),
            C(
                "Those levels were small and could have been caused by accidental contamination or a substitution not listed on the labels",
                "University of California, Berkeley",
                O,
                NIR,
                note="'the study authors say'; the story names Berkeley for the lead author. Another study.",
            ),
        ],
    )
)

# 3
SOTON = "University of Southampton"
STORIES.append(
    dict(
        story_id="news-25-126-dailyrecord.co.uk",
        story_note="Nearly the same text as blind2's news-25-126-dailymail.co.uk2 (both from one agency copy); annotated the same way. Headline, dateline, byline, standfirst, share/comment furniture and 'For more health news' left out. 'The findings ... could lead to the honey being used' has no attribution cue (the findings as subject of 'could lead to') and is not annotated, as in blind2. The catheter statistics and 'long-term use is associated with frequent complications' are the journalist's unattributed statements.",
        quotes=[
            Q(
                'We have been able to demonstrate that diluted honey is potentially a useful agent for reducing biofilm formation on indwelling plastic devices such as urinary catheters.\n\n"Catheter infection rates can account for a large proportion of hospital acquired infections - it is an area of clinical practice that needs addressing.\n\n"We hope that these results may offer an alternative way of preventing such infections. We believe that patients might also benefit from honey\'s anti-inflammatory properties, which are generally stronger in dark honeys, such as Manuka and that antibacterial resistance is unlikely to be a factor when honey is used.',
                "Bashir Lwaleed",
                P,
                "altered",
                rel=(
                    "Our study demonstrates that diluted honey",
                    "unlikely to be a factor when honey is used.",
                ),
                edits=[
                    (
                        "replace",
                        "Our study demonstrates",
                        "We have been able to demonstrate",
                        False,
                    ),
                    ("delete", ", probably by using a periodic flushing agent", "", False),
                    (
                        "insert",
                        "",
                        "Catheter infection rates can account for a large proportion of hospital acquired infections - it is an area of clinical practice that needs addressing. We hope that these results may offer an alternative way of preventing such infections.",
                        True,
                    ),
                    ("replace", "They add that", "We believe that", False),
                    ("replace", ", and point out", " and", False),
                ],
                note="Three paragraphs, closed only at the end: one entry. As blind2 judged the same quotation: the first sentence is the authors' written quotation with its method dropped, the middle sentences are not in the release (a significant insert), and the last turns release narrative ('They add that patients might also benefit ...') into first person. Paraphrase as a whole is defensible.",
            ),
        ],
        claims=[
            C(
                "MANUKA honey could be used to help keep internal medical devices such as urinary catheters free of infection",
                "study published in the Journal Of Clinical Pathology",
                D,
                "supported",
                rel="The findings raise the prospect of the honey’s potential use in patients fitted with medical devices, such as urinary catheters, which carry a high infection risk.",
                note="'according to new research'. Hedged ('could be used'), as the release's 'raise the prospect'; the release's study is of biofilm 'stickiness' in the laboratory, not of infection.",
            ),
            C(
                "even low dilutions of Manuka honey can curb the activity and growth of bacterial biofilms - a thin layer of microbes that build up on, and stick to, any surface including plastic",
                SOTON,
                O,
                "supported",
                rel="Even low dilutions of Manuka honey curbs the activity and growth of bacterial biofilms—the thin but resilient layer of microbes that build up on, and attach to, any surface—including plastic, finds research published online in the Journal of Clinical Pathology.",
                note="'Scientists at the University of Southampton have found'.",
            ),
            C(
                "it may have antibacterial and anti-inflammatory properties",
                None,
                D,
                "supported",
                rel="The use of honey as a health remedy dates back centuries, and, among other things, recent research suggests that it may have antibacterial and anti-inflammatory properties.",
                note="'recent research has also suggested' (earlier research, unnamed).",
            ),
            C(
                "further studies in which clinical conditions more closely resembled the flow of liquid in the bladder would be needed before any firm conclusions could be drawn",
                SOTON,
                O,
                "supported",
                rel="Further studies in which clinical conditions more closely resembling the flow of liquid in the bladder would be needed before any firm conclusions could be drawn.",
                note="'The researchers said' (of Southampton, named above).",
            ),
        ],
    )
)

# 4
CAM = "Cambridge University"
NG = "study published in Nature Genetics"
STORIES.append(
    dict(
        story_id="news-27-002-GOOGLESEARCH guardian.com",
        story_note="Headline, photo caption (which repeats the second paragraph), byline and standfirst left out. The story names Cambridge University for Perry, so 'Researchers found', 'the scientists mention' become Cambridge University; agentless passives ('found to affect', 'were found', 'was linked') go to the study. Unattributed sentences are not annotated: 'Though mostly driven by upbringing ...', the CADM2 sentence (a gene as subject of 'linked'; in the release), 'The most common age ... was 18', and 'Each of these in turn appeared to reduce the person's chances of doing well in education' (it only continues 'The scientists go on to show'). Method sentences ('Scientists identified the raft of genes ...', 'the team went on to verify ...') are not annotated. The release has none of the story's quotations.",
        quotes=[
            Q(
                "We were able to calculate for the first time that there is a heritable component to age at first sex, and the heritability is about 25%, so one quarter nature, three quarters nurture,",
                "John Perry",
                P,
                NIR,
                note="Perry's release quotation is about personality and maturity genes; no heritability figure in the release.",
            ),
            Q(
                "This helps to inform us about future preventative efforts to delay puberty in young children,",
                "John Perry",
                P,
                NIR,
                note="The release's closing narrative ('more targeted and effective approaches to health interventions') is close in topic, not in content.",
            ),
            Q(
                "It suggests that earlier puberty does influence early age of sexual debut, which then appears to have other consequences such as, all things being equal, earlier first birth, having more children, less likely to remain childless, and poorer educational outcomes.",
                "George Davey Smith",
                P,
                NIR,
                note="Outside expert (Bristol).",
            ),
            Q(
                "This is an interesting study where using genetics one can better untangle cause and consequence of a complex human behaviour. Geneticsonly contributes a small part to age of first sexual intercourse, but the very random nature of each person’s genome means it can be used to trace the impact of this behaviour into later life with less concern about complex correlations confusing cause and consequence.\n\n“This study really shows the benefit of the size and comprehensive, detailed measurement by the UK BioBank, the world’s largest medical cohort. We can expect many more results with a similar approach in the future as researchers mine this resource.",
                "Ewan Birney",
                P,
                NIR,
                note="Outside expert (EBI). Two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "The subtle impact of genetics on the age at which people lose their virginity has been teased apart by scientists and shown to have an effect on how well people fare at school",
                CAM,
                O,
                "distorted",
                rel="It is known from other studies that first sexual intercourse at an early age is associated with adverse educational achievements, physical health and mental wellbeing.",
                how="causal",
                note="Lead sentence with its cue inside ('teased apart by scientists and shown to'); doubtful whether it is a reported claim. The genetic influence on timing is in the release; the effect of (genetic) age at first sex on schooling is not a finding of the release, which gives an association from other studies, and the causal statement it has (Ong) is about early puberty. Other or not_in_release is defensible.",
            ),
            C(
                "differences in DNA could account for a quarter of the variation in the age at which people lost their virginity, with other factors, among them religious beliefs, family background and peer pressure, making up the rest",
                CAM,
                O,
                NIR,
                note="'Researchers found'. The release says genetic factors 'also have an influence' but gives no share (number convention).",
            ),
            C(
                "Among 38 sections of DNA found to affect the age at which people first had sex were genes that drive reproductive biology, such as the release of sex hormones and the age of puberty.",
                NG,
                D,
                "supported",
                rel="While social and cultural factors are clearly relevant, we show that age at first sexual intercourse is also influenced by genes which act on the timing of childhood physical maturity and by genes which contribute to our natural differences in personality types.",
                note="Passive 'found to affect'. 38 variants and genes acting on physical maturity are in the release; 'sex hormones' is not spelled out.",
            ),
            C(
                "Still others were found that appear to affect behaviour, personality and appearance.",
                NG,
                D,
                "supported",
                rel="While social and cultural factors are clearly relevant, we show that age at first sexual intercourse is also influenced by genes which act on the timing of childhood physical maturity and by genes which contribute to our natural differences in personality types.",
                note="Passive 'were found'. Personality and behaviour (risk-taking) are in the release; appearance (red hair) is not. Supported for the list as a whole.",
            ),
            C(
                "A version of another gene, MSRA, found in people who lost their virginity later than average, was linked to irritability.",
                NG,
                D,
                NIR,
                note="Passive 'was linked' (blind2-5 convention); MSRA and irritability are not in the release.",
            ),
            C(
                "another genetic variant that seemed to link red hair colour and freckled skin with women, but not men, losing their virginity later than others",
                CAM,
                O,
                NIR,
                note="'Writing in the journal Nature Genetics, the scientists mention'; not in the release.",
            ),
            C(
                "early puberty - often brought on by poor nutrition and, as a consequence, childhood obesity - has a small but direct effect on the age at which people lose their virginity, and the age they have their first child",
                CAM,
                O,
                "supported",
                rel="We have already shown that early puberty and rapid childhood growth adversely affect disease risks in later life, but we have now shown that the same factors can have a negative effect at a much younger age, including earlier sexual intercourse and poorer education attainment.",
                note="'The scientists go on to show how'. Ong's release quotation states the effect of early puberty on earlier sex; age at first birth is among the release's associations. The aside on nutrition and obesity and 'small but direct' are not in the release; distorted/other is defensible.",
            ),
            C(
                "early puberty has been linked to poor educational achievement before",
                "George Davey Smith",
                P,
                NIR,
                note="'he said'. The release's earlier findings are of first sex (not puberty) with education, and of puberty with disease risks.",
            ),
            C(
                "the latest study strengthened the evidence that early puberty was a cause, and not simply a reflection of underlying factors, such as social class",
                "George Davey Smith",
                P,
                "supported",
                rel="We have already shown that early puberty and rapid childhood growth adversely affect disease risks in later life, but we have now shown that the same factors can have a negative effect at a much younger age, including earlier sexual intercourse and poorer education attainment.",
                note="'he said' (outside expert). Ong's release quotation gives early puberty a causal effect on poorer education; 'not simply a reflection of ... social class' is not in the release. Not_in_release is defensible.",
            ),
        ],
    )
)

# 5
ZJ = "Zhejiang University and Zhengzhou University"
STORIES.append(
    dict(
        story_id="news-26-034-scmp.com",
        story_note="A round-up of three items; only the first (dietary magnesium meta-analysis) is from this release, so every item of the other two (Harvard optimism study, Japanese sweet potato peptide study) is not_in_release. Headline, publication lines, byline, share furniture, standfirst and the 'Optimism may reduce risk ...' heading left out. 'It is also not possible to determine ...' only continues 'The researchers say' and is not annotated; 'the findings reinforce the notion that' is read as attributed to the findings. Method and unattributed sentences (the 40 studies, 'Magnesium is vital ...', the optimism percentages, the mouse results, 'This suggests the peptide plays a role ...') are not annotated.",
        quotes=[
            Q(
                "The current health guidelines recommend a magnesium intake of [about] 300mg per day for men and 270mg per day for women. Despite this, magnesium deficiency is relatively common, affecting between 2.5 per cent and 15 per cent of the general population.",
                "Fudi Wang",
                P,
                "altered",
                rel=(
                    "The current health guidelines recommend a magnesium intake",
                    "15% of the general population.",
                ),
                edits=[("replace", "around", "[about]", False)],
                note="The release's 'around' becomes a bracketed '[about]' (an editorial substitution, same meaning); verbatim is defensible.",
            ),
            Q(
                "While most medical and public health efforts today focus on reducing risk factors for diseases, evidence has been mounting that enhancing psychological resilience may also make a difference,",
                "Eric Kim",
                P,
                NIR,
                note="Another study (Harvard, optimism).",
            ),
            Q(
                "Our new findings suggest that we should make efforts to boost optimism, which has been shown to be associated with healthier behaviours and healthier ways of coping with life challenges.",
                "Eric Kim",
                P,
                NIR,
                note="Quotation interrupted by its attribution: a second entry.",
            ),
            Q(
                "Finding alternative uses for the sweet potato proteins in wastewater could be good for the environment and industry, and also potentially for health,",
                "Koji Ishiguro",
                P,
                NIR,
                note="Another study (sweet potato peptide).",
            ),
        ],
        claims=[
            C(
                "A diet rich in magnesium – found mainly in legumes, nuts, seeds, fish and whole grains – may reduce the risk of diseases including coronary heart disease, stroke and type 2 diabetes",
                "study by Chinese researchers",
                D,
                "supported",
                rel="A diet rich in magnesium may reduce the risk of diseases including coronary heart disease, stroke and type-2 diabetes according to a new meta-analysis published in the open access journal BMC Medicine.",
                note="'according to a new study by mainland Chinese researchers'. The inserted food list differs from the release's (spices, nuts, beans, cocoa, whole grains, green leafy vegetables) but is an aside.",
            ),
            C(
                "people in the highest category of dietary magnesium consumption had a 10 per cent lower risk of coronary heart disease, 12 per cent lower risk of stroke and a 26 per cent lower risk of type 2 diabetes compared to those in the lowest category",
                ZJ,
                O,
                "supported",
                rel="The researchers, from Zhejiang University and Zhengzhou University in China, found that people in the highest category of dietary magnesium consumption had a 10% lower risk of coronary heart disease, 12% lower risk of stroke and a 26% lower risk of type-2 diabetes compared to those in the lowest category.",
                note="'They found that'.",
            ),
            C(
                "an extra 100 milligrams per day of dietary magnesium could also reduce risk of stroke by 7 per cent and type 2 diabetes by 19 per cent",
                ZJ,
                O,
                "supported",
                rel="Their results also indicate that an extra 100mg per day of dietary magnesium could also reduce risk of stroke by 7% and type-2 diabetes by 19%.",
                note="'Their results also indicate that'.",
            ),
            C(
                "it is not possible to rule out the effect of other biological or lifestyle factors influencing the results",
                ZJ,
                O,
                "supported",
                rel="This meta-analysis involves observational studies meaning that it is not possible to rule out the effect of other biological or lifestyle factors influencing the results.",
                note="'The researchers say'.",
            ),
            C(
                "increased consumption of magnesium-rich foods could be beneficial for overall health",
                "study by Chinese researchers",
                D,
                "supported",
                rel="The authors state that their findings reinforce the notion that increased consumption of magnesium rich foods could be beneficial for overall health.",
                note="'the findings reinforce the notion that'; whether this is a reported claim is arguable.",
            ),
            C(
                "Having an optimistic outlook on life may help people live longer",
                "study from the Harvard T.H. Chan School of Public Health",
                D,
                NIR,
                note="'according to a new study'; another study.",
            ),
            C(
                "the most optimistic women (the top quartile in the study) had a nearly 30 per cent reduced risk of dying from several major causes of death – including cancer, heart disease, stroke, respiratory disease and infection – over an eight-year period, compared with the least optimistic women (the bottom quartile)",
                "study from the Harvard T.H. Chan School of Public Health",
                D,
                NIR,
                note="'The study found that'; another study.",
            ),
            C(
                "Higher optimism also directly affects our biological systems",
                "Eric Kim",
                P,
                NIR,
                note="'Kim says'; another study.",
            ),
            C(
                "even a by-product of cooking the root vegetable could possess slimming benefits",
                "Japanese sweet potato study",
                D,
                NIR,
                note="'a new study reveals'; another study.",
            ),
            C(
                "the starchy water left over from cooking sweet potatoes is rich in proteins",
                "National Agriculture and Food Research Organisation",
                O,
                NIR,
                note="'Researchers from the National Agriculture and Food Research Organisation in Japan have found'; another study.",
            ),
        ],
    )
)

# 6
HAS = "Hasselt University"
STORIES.append(
    dict(
        story_id="news-26-026-newscientist.com",
        story_note="Headline, byline, 'Advertisement', the subheadings ('10 years older', 'Watch your weight'), the journal reference and 'Read more' left out. The opening paragraph, the telomere background, 'There is no knowing whether ...' and 'women hoping to get pregnant may want to watch their weight' are the journalist's unattributed statements. The 2.5 and 5.5 per cent figures only continue 'The team found that' and are not annotated (they are not in the release, which gives 50 base pairs per BMI point). 'Fat can trigger inflammation ...' only continues 'Nawrot's team thinks' and is not annotated. The story names Hasselt University for Nawrot's team.",
        quotes=[
            Q(
                "Short telomeres have been associated with cardiovascular disease, type 2 diabetes and atherosclerosis,",
                "Tim Nawrot",
                P,
                "paraphrase",
                rel="Telomere length in adults has been associated with age-related diseases such as cardiovascular disease, type 2 diabetes and increased mortality, but telomere research on newborns remains limited.",
                note="Release narrative (not a Nawrot quotation) restated; atherosclerosis replaces increased mortality. not_in_release is defensible.",
            ),
            Q("It’s a large, significant difference,", "Tim Nawrot", P, NIR),
            Q(
                "In normal ageing, it takes 5 to 10 years to experience a shortening of 5.5 per cent.",
                "Tim Nawrot",
                P,
                NIR,
                note="The release's equivalent is 1.1-1.6 years of adult life per BMI point; the 5.5 per cent and 5 to 10 years are not in it.",
            ),
            Q("We can’t make a prediction,", "Tim Nawrot", P, NIR),
            Q(
                "We would need to conduct longer term studies, and follow these babies.",
                "Tim Nawrot",
                P,
                NIR,
                note="Interrupted by 'says Nawrot': a second entry.",
            ),
            Q(
                "Just like for the mother, if the father’s BMI is higher, it may mean that his telomeres are shorter to start with, which could influence telomere length in the child,",
                "Catarina Henriques",
                P,
                NIR,
                note="Outside expert (Sheffield).",
            ),
            Q("This would need to be tested, though.", "Catarina Henriques", P, NIR),
            Q(
                "For every one unit increase in BMI, the babies’ telomeres shorten by 0.5 per cent,",
                "Janet Lord",
                P,
                NIR,
                note="Outside expert (Birmingham); the release gives about 50 base pairs per BMI point, no percentage.",
            ),
            Q(
                "Maintaining a healthy body weight whilst trying to conceive will have long-term benefits for the baby, giving it a head start with longer telomeres,",
                "Janet Lord",
                P,
                NIR,
                note="Outside expert; close in topic to Nawrot's release quotation ('maintaining a healthy BMI ... may promote molecular longevity in the offspring') but by another person and more certain.",
            ),
        ],
        claims=[
            C(
                "a woman’s BMI seems to have a significant effect on the telomere length of her baby",
                HAS,
                O,
                "supported",
                rel="Mother's BMI may affect the biological age of newborn babies",
                note="'The team found that'. The study reports an association, but the release's own title says 'may affect' and Nawrot says high maternal BMI 'impacts fetal programming'; 'seems to have ... effect' is hedged like the title. Distorted/causal is defensible.",
            ),
            C(
                "excess fat tissue could be to blame",
                HAS,
                O,
                NIR,
                note="'Nawrot's team thinks'; the release gives no mechanism.",
            ),
            C(
                "These could cross into a baby’s body via the placenta",
                HAS,
                O,
                NIR,
                note="'they suggest'; no mechanism in the release.",
            ),
            C(
                "Overweight people may already have shorter telomeres, something they may pass on to their children via their genes, rather than through the placenta",
                "Catarina Henriques",
                P,
                NIR,
                note="'she says' (outside expert). The release notes that meta-analyses associate BMI with telomere length in adults, but not inheritance.",
            ),
            C(
                "a father’s weight could play a role, too",
                "Catarina Henriques",
                P,
                "supported",
                rel="The researchers say that their study may be limited by lack of information on paternal BMI as previous research has described epigenetic effects of paternal weight on newborns.",
                note="'says Henriques' (outside expert); the release's limitation carries a possible role of paternal weight (by epigenetic effects, where she gives genes). not_in_release is defensible.",
            ),
        ],
    )
)

# 7
STORIES.append(
    dict(
        story_id="news-04-013-the hindu",
        story_note="Headline, byline, standfirst, the subheadings ('The deadlier diabetes', 'An interim solution') and the e-mail line left out. Background sentences with no cue (killer T cells, 21 million people, the Karnal prevalence, Islexa's plans) are not annotated; 'Certain bugs may be triggering ...' only continues the Cardiff report and is not annotated. The agentless 'is believed'/'is thought' clauses are annotated as claims with a null speaker (the blind2-5 passive convention), doubtfully. Cole's second quotation is Welham's (BBSRC) in the release; the speaker is the one the story gives.",
        quotes=[
            Q(
                "We identified part of a bug that turns on killer T cells so they latch onto beta cells. This finding sheds new light on how these killer T cells are turned into rogues, leading to the development of Type 1 diabetes,",
                "David Cole",
                P,
                "verbatim",
                rel=(
                    "We identified part of a bug",
                    "leading to the development of type 1 diabetes.",
                ),
                note="'T-cells' -> 'T cells' is a hyphen variant.",
            ),
            Q(
                "Finding the cellular mechanisms behind the development of autoimmune diseases, such as Type 1 diabetes, could lead to treatments that help us lead longer, healthier lives,",
                "David Cole",
                P,
                "verbatim",
                rel="Finding the cellular mechanisms behind the development of autoimmune diseases, such as type 1 diabetes, could lead to treatments that help us lead longer, healthier lives.",
                note="'Mr. Cole added'; in the release these are the words of Melanie Welham (BBSRC), not Cole's: the story gives them to Cole (as blind5 kept the story's speaker in news-04-013-ETHealthWorld).",
            ),
            Q(
                "Donated islets are already effectively treating severe cases of Type 1 diabetes. Having a hugely expanded supply of lab-grown islets will enable us to significantly extend this established clinical treatment.",
                "Kevin Docherty",
                P,
                NIR,
                note="Told The Guardian; another subject (lab-grown islets).",
            ),
        ],
        claims=[
            C(
                "germs may be the answer",
                "Cardiff University",
                O,
                "supported",
                rel="Germs could play a role in the development of type 1 diabetes by triggering the body’s immune system to destroy the cells that produce insulin, new University research suggests.",
                note="'scientists at U.K.’s Cardiff University report in The Journal of Clinical Investigation that'; 'the answer' refers to what causes the pancreas to fail, hedged by 'may'.",
            ),
            C(
                "Type 1 diabetes is believed to be congenital",
                None,
                P,
                NIR,
                note="Agentless 'is believed'; doubtful whether it is a reported claim. The release says type 1 is prevalent in children and young adults and not connected with diet, not that it is congenital.",
            ),
            C(
                "Type 2, a late onset disease that afflicts 90 per cent of diabetics and is thought to be caused by improper nutrition and other lifestyle factors",
                None,
                P,
                NIR,
                note="Agentless 'is thought'; doubtful whether it is a reported claim. The release implies only that type 2 is connected with diet ('Unlike type 2 diabetes, type 1 ... is not connected with diet'); the 90 per cent is not in it (number convention).",
            ),
            C(
                "India is in the grip of a Type 2 diabetes epidemic, with more rural than urban populations diagnosed with the condition",
                None,
                D,
                NIR,
                note="'figures suggest that' (unnamed figures); India is not in the release.",
            ),
            C(
                "India has about 97,700 children with Type 1 diabetes mellitus",
                "report in the Indian Journal of Endocrinology and Metabolism",
                D,
                NIR,
                note="'notes that'.",
            ),
            C(
                "a ratio of 3.7 cases per 1,00,000 boys and 4 for every 1,00,000 girls over 13 years of data collection",
                "Karnataka State registry of diabetes incidence",
                D,
                NIR,
                note="'has found'.",
            ),
        ],
    )
)

# 8
NIMHD = "National Institute on Minority Health and Health Disparities"
JAH = "study in the Journal of Adolescent Health"
STORIES.append(
    dict(
        story_id="news-25-164-theglobeandmail.com",
        story_note="Wrong pairing: the story (Reuters Health) reports Kelvin Choi's Florida Youth Tobacco Survey study in the Journal of Adolescent Health (exposure to e-cigarettes and acceptability of adult smoking), while pr-25-164 is Miech's Tobacco Control study of 12th graders (vaping a 'one way bridge' to smoking). As the guide says, every item is annotated against the given release, so all are not_in_release, including 'The study findings help explain how e-cigarette use may lead to cigarette smoking later', whose content is close to the release's conclusion but which is said of Choi's study. Headline, byline, publication lines left out; method sentences and the survey percentages (no cue) are not annotated. 'The study team' becomes the institution the story names for Choi.",
        quotes=[
            Q(
                "The public health community has worked very hard to educate the population about the harm of smoking, and we have observed a shift in acceptability of cigarette smoking, which, in part, led to the decline in the prevalence of smoking,",
                "Kelvin Choi",
                P,
                NIR,
                note="Told Reuters Health; another study.",
            ),
            Q(
                "E-cigarettes may reverse what has been accomplished, but there was a lack of data to support or refute this issue. That’s why we conducted the study to get an answer that can inform the discussion,",
                "Kelvin Choi",
                P,
                NIR,
            ),
            Q(
                "Our findings show that e-cigarette use by youth who never smoked cigarettes is associated with seeing adult smoking as acceptable, which in turn is associated with openness to try cigarette smoking,",
                "Kelvin Choi",
                P,
                NIR,
            ),
            Q(
                "Living with someone who uses e-cigarettes, and seeing e-cigarette advertisement, are also associated with seeing adult smoking as acceptable and also openness to try cigarette smoking, regardless of e-cigarette use experience. This may suggest that e-cigarettes can influence youth cigarette smoking without them trying e-cigarettes,",
                "Kelvin Choi",
                P,
                NIR,
            ),
            Q(
                "The next steps will be to examine if our findings are true nationally, and also the confirm our findings with longitudinal studies,",
                "Kelvin Choi",
                P,
                NIR,
            ),
            Q(
                "We have known for a long time that exposure to smoking - such as seeing people smoke in real life or in advertising or movies – increases the chances that youth will also try smoking,",
                "Lucy Popova",
                P,
                NIR,
                note="Outside expert (Georgia State).",
            ),
            Q(
                "When kids think that something is normal or acceptable, they are more likely to try it. This study found that exposure to electronic cigarettes makes smoking to be perceived as normal, which makes children more likely to give it a try and start down the road to lifelong addiction,",
                "Lucy Popova",
                P,
                NIR,
            ),
            Q(
                "Institute smoke-free rules in your home – don’t smoke or use any tobacco inside your house or car and don’t let others use it. If you are smoking – quit. If you are using e-cigarettes, quit them as well,",
                "Lucy Popova",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Kids who don’t smoke but are around adults who use electronic cigarettes may start to think regular smoking is okay",
                JAH,
                D,
                NIR,
                note="'a recent study suggests'; another study.",
            ),
            C(
                "Tobacco smoking among U.S. youth has fallen since 1998, but some experts worry that acceptance of e-cigarettes may promote acceptance of traditional cigarettes and reverse the trend",
                NIMHD,
                O,
                NIR,
                note="'the study team writes in Journal of Adolescent Health'.",
            ),
            C(
                "The study findings help explain how e-cigarette use may lead to cigarette smoking later",
                "Kelvin Choi",
                P,
                NIR,
                note="'he added'. Said of Choi's study; the given release (another study) concludes that vaping is a 'one way bridge' to smoking, so supported would be defensible for the bare content.",
            ),
            C(
                "students who had never smoked had a positive view of adult smoking if they were exposed to electronic cigarette use at home or in advertisements or if their friends and community members accept regular cigarette use by adults",
                NIMHD,
                O,
                NIR,
                note="'The study team found that'.",
            ),
            C(
                "The study is limited because it only looked at one state and one point in time",
                "Kelvin Choi",
                P,
                NIR,
                note="'Choi noted'.",
            ),
            C(
                "Future research is also needed to evaluate if including e-cigarettes in current clean indoor air policies, upholding high e-cigarette prices and regulating e-cigarette advertising would lower youth exposure to e-cigarettes, and in turn, lower youth acceptability of adult smoking at the population level",
                "Kelvin Choi",
                P,
                NIR,
                note="'Choi said'.",
            ),
            C(
                "Exposure to e-cigarettes may have a similar effect on openness to try smoking",
                "Lucy Popova",
                P,
                NIR,
                note="'she told Reuters Health by email' (outside expert).",
            ),
            C(
                "Parents, teachers, and other adults who are concerned about children starting to smoke should lead by example",
                "Lucy Popova",
                P,
                NIR,
                note="'she added'.",
            ),
        ],
    )
)

# 9
HSPH = "Harvard T H Chan School of Public Health"
BMJ9 = "study published by the BMJ"
STORIES.append(
    dict(
        story_id="news-25-199-independent.co.uk",
        story_note="Headline, byline, Twitter handle, date and standfirst left out. The researchers are given the institution the story names for Tsugawa's team (Harvard T H Chan School of Public Health). 'looked at 736,537 elderly Medicare patients ...' and 'They analysed their records ...' are method; the finding after 'and found' is annotated.",
        quotes=[
            Q(
                "protective",
                HSPH,
                O,
                "verbatim",
                rel="“protective”",
                note="One-word partial quotation attributed to the researchers ('suggesting high volumes could be'), kept as in blind3 ('protective'); the release has the word in quotation marks in the authors' statement.",
            ),
        ],
        claims=[
            C(
                "Patients treated by older doctors have higher death rates than those cared for by younger physicians",
                BMJ9,
                D,
                "supported",
                rel="Patients in US hospitals treated by older physicians have higher mortality than patients cared for by younger physicians, except those physicians treating high volumes of patients, finds a study published by The BMJ today.",
                note="'new research has shown'. The high-volume exception is given later in the story.",
            ),
            C(
                "fewer patients would die within 30 days of admission to US hospitals if treated by doctors under 40, instead of physicians aged 60 or over",
                BMJ9,
                D,
                "distorted",
                rel="If the results are causal, they suggest that for every 77 patients treated by doctors aged 60 or over, one fewer patient would die within 30 days of admission if those patients were cared for by physicians aged less than 40.",
                how="causal",
                note="'The study ... suggested'. The release's condition 'If the results are causal' is dropped here (the story restores it two paragraphs later, and 'suggested' hedges); supported is defensible.",
            ),
            C(
                "the findings should be regarded as exploratory only",
                HSPH,
                O,
                "supported",
                rel="However, the researchers stress that their findings should be regarded as exploratory.",
                note="'researchers stressed'. Split from 'further research was required', which is not in the release.",
            ),
            C(
                "further research was required",
                HSPH,
                O,
                NIR,
                note="'researchers stressed'; the release calls for no further research.",
            ),
            C(
                "if the results are causal – that for every 77 patients treated by doctors over 60, one less patient would die within 30 days of admission if treated by a doctor under the age of 40",
                HSPH,
                O,
                "supported",
                rel="If the results are causal, they suggest that for every 77 patients treated by doctors aged 60 or over, one fewer patient would die within 30 days of admission if those patients were cared for by physicians aged less than 40.",
                note="'and found –'.",
            ),
            C(
                "patients' 30-day mortality rates were 10.8 per cent for physicians aged less than 40, 11.1 per cent for doctors aged between 40 and 49, 11.3 per cent for physicians aged between 50 and 59, and 12.1 per cent for doctors aged 60 or over",
                BMJ9,
                D,
                "supported",
                rel="After adjusting for patient, physician, and hospital characteristics that could have affected the results, patients’ 30 day mortality rates were 10.8% for physicians aged less than 40, 11.1% for physicians aged 40-49, 11.3% for physicians aged 50-59, and 12.1% for physicians aged 60 or over.",
                note="'The study found'.",
            ),
            C(
                "physicians with a high volume of patients broke the trend and did not have higher patient mortality rates",
                HSPH,
                O,
                "supported",
                rel="Among physicians with a high volume of patients, however, there was no association between physician age and patient mortality, suggesting that high volumes could be “protective” of clinical skills, say the authors.",
                note="'researchers found'.",
            ),
            C(
                "high volumes could be “protective” of clinical skills",
                HSPH,
                O,
                "supported",
                rel="Among physicians with a high volume of patients, however, there was no association between physician age and patient mortality, suggesting that high volumes could be “protective” of clinical skills, say the authors.",
                note="'suggesting' (the researchers); mixed quotation: a claim and a quotation.",
            ),
            C(
                "In 2014, there were 24,023 licenced doctors aged over 50 working in the UK",
                "General Medical Council",
                O,
                NIR,
                note="'according to the General Medical Council' (its comparison figures follow the attribution); UK doctors are not in the release.",
            ),
        ],
    )
)

# 10
STORIES.append(
    dict(
        story_id="news-29-005-Daily Mirror",
        story_note="LexisNexis header, headline and section lines left out. 'SIMPLY standing up could help stave off diabetes.' is the journalist's unattributed lead. 'Sugar levels fell 34% while walking led to only a 28% drop. Insulin levels went down 20% ...' only continues 'Tests ... showed' and is not annotated, though it distorts the release (the release's 34 and 20 per cent are reductions in the rise of sugar and insulin after meals, not falls in levels).",
        quotes=[
            Q(
                "Simply standing engages uptake of glucose into muscles. It's important to office workers.",
                "Joseph Henson",
                P,
                NIR,
                note="Henson's release quotation is about reduced sugar and insulin responses and public health interventions; neither sentence is in it.",
            ),
        ],
        claims=[
            C(
                "five minutes on their feet every 30 minutes had benefits similar to going for a walk",
                "Leicester University tests",
                D,
                "supported",
                rel="The researchers observed that interrupting periods of prolonged sitting with five minutes of standing every 30 minutes elicited similar changes to sugar and insulin levels following breakfast and lunch as breaking up sitting with identical periods of self-perceived light-intensity walking.",
                note="'Tests on overweight women with a high Type 2 diabetes risk showed'. 'benefits' for the release's changes to sugar and insulin levels.",
            ),
        ],
    )
)

# 11
ABD = "University of Aberdeen"
STORIES.append(
    dict(
        story_id="news-25-138-SCOTSMAN.CO.UK",
        story_note="Headline, byline, date/comments line and the 'Read more' link left out; “IVF calculator” is a quoted label. 'Experts have said' in the lead are evidently the study's authors and become the University of Aberdeen (blind5 convention). Method and descriptive sentences (what the tool takes into account, the HFEA data, 'The researchers analysed data ...', 'The data was then put into the calculator') are not annotated. 'And 43% had a baby following six cycles of treatment.' only continues 'They found that' and is not annotated (43% is not in the release either).",
        quotes=[
            Q(
                "help to shape couples’ expectations",
                ABD,
                O,
                "verbatim",
                rel="help to shape couples' expectations",
                note="Partial quotation attributed to the researchers ('describe how the calculator could').",
            ),
            Q(
                "This is an important paper which analyses the HFEA database to calculate prediction models for success based upon baseline characteristics and the data collected during the treatment. “The database is huge and so the information gathered is clinically relevant. “It is important to remember that treatment should be individualised to the patients’ particular needs and profile and it can still be difficult to accurately predict the outcome.",
                "Adam Balen",
                P,
                NIR,
                note="British Fertility Society comment. Three paragraphs run together by the page, each re-opening the mark and only the last closing it: one entry.",
            ),
        ],
        claims=[
            C(
                "A new “IVF calculator” can predict a couple’s success of conceiving a baby",
                ABD,
                O,
                "supported",
                rel="IVF online calculator predicts individualized chances of couples having a baby",
                note="'experts have said' (the study's authors).",
            ),
            C(
                "the calculator could “help to shape couples’ expectations”",
                ABD,
                O,
                "supported",
                rel='They say it will also "help to shape couples\' expectations allowing them to plan their treatments more efficiently and to prepare emotionally and financially."',
                note="'researchers led by the University of Aberdeen describe how'; mixed quotation: a claim and a quotation. 'could' for the release's 'will'.",
            ),
            C(
                "of 114,000 women who completed almost 185,000 cycles of treatment, 29.1% had a live birth following their first cycle",
                ABD,
                O,
                NIR,
                note="'They found that'. 114,000 and 185,000 round the release's 113,873 and 184,269, but the release gives no 29.1% (number convention).",
            ),
            C(
                "the chances of a couple having a baby declined after the woman reached the age of 30 and decreased with increasing duration of infertility",
                ABD,
                O,
                "supported",
                rel="Results show that independent of treatment the chances of a couple having a baby declined after the woman's age of 30, and decreased with increasing duration of infertility.",
                note="'They found that'.",
            ),
            C(
                "a 30-year-old woman with two years of unexplained infertility has a 46% chance of having a live birth from the first complete cycle of IVF and a 79% chance over three complete cycles",
                "Outcome Prediction in Subfertility calculator",
                D,
                "supported",
                rel="For example, before treatment, a 30 year old woman with two years of unexplained infertility has a 46% chance of having a baby from the first complete cycle of IVF and a 79% chance over three complete cycles.",
                note="'the calculator predicts that'.",
            ),
        ],
    )
)

# 12
ADC = "study published in Archives of Disease in Childhood"
STORIES.append(
    dict(
        story_id="news-25-129-theguardian.com",
        story_note="Headline, byline, Twitter handle, date and standfirst left out. Method sentences (the 10,940 children, survey ages) are not annotated. Sentences with no cue of their own are not annotated, though two distort the release: 'those children more than 2.5 times as likely to have tried smoking ... The figure dropped to just over 1.5 times once factors ... were taken into account' (the release: more than twice as likely, and the findings 'held true' after adjustment) and 'It is also not clear whether the absence of a parent actually triggers ...'. The release has no quotation by Lacey; her interview quotations that restate release narrative are marked paraphrase (blind2-5 convention).",
        quotes=[
            Q(
                "Some children, perhaps, seem to be taking up smoking and alcohol as ways of coping with this,",
                "Rebecca Lacey",
                P,
                "paraphrase",
                rel="Associations between parental absence and early smoking and alcohol consumption may operate through a range of mechanisms, such as reduced parental supervision, self-medication, and adoption of less healthy coping mechanisms,",
                note="Restates one of the researchers' written mechanisms (less healthy coping); not_in_release is defensible.",
            ),
            Q(
                "What we know from previous studies is that parental absence experienced in childhood is associated with smoking and alcohol consumption in adulthood,",
                "Rebecca Lacey",
                P,
                "paraphrase",
                rel="Previous research suggests that childhood adversities are associated with poorer mental and physical health in adulthood, and the 'loss' of a parent has been linked to a heightened risk of smoking and drinking in adolescence and later life.",
                note="Restates the release's background narrative.",
            ),
            Q(
                "What we have tried to look at here is to see whether parental absence is associated with those behaviours in childhood.",
                "Rebecca Lacey",
                P,
                "paraphrase",
                rel="But what is not clear is whether parental absence is a risk factor for an even earlier start on 'risky' health behaviours, or what the potential impact might be of the child's sex, the age at which they experienced their loss, or which parent they lost.",
                note="Interrupted by 'said Lacey': a second entry. Restates the study's question from the release narrative; not_in_release is defensible.",
            ),
            Q(
                "We know these things are associated but we don’t know that one causes the other,",
                "Rebecca Lacey",
                P,
                "paraphrase",
                rel="This is an observational study so no firm conclusions can be drawn about cause and effect.",
                note="Restates the release's caveat.",
            ),
            Q(
                "Significant changes early in life are already known to have an impact on a child’s development, their later health and risky behaviours, so this latest paper not only adds to an already increasing wealth of knowledge telling us that our life trajectories are partially set very early on, but also that we need to do everything we can to put our children onto trajectories towards positive health. Early intervention can be particularly important for children who have suffered a bereavement or parental separation.\n\n“With personal, social, health and economic education (PSHE) currently lacking from school curriculums, not all children are receiving the education required early in life to raise awareness and deter them from some of these risky behaviours. Therefore it is vital that the government makes PSHE compulsory for all schools,",
                "Russell Viner",
                P,
                NIR,
                note="RCPCH comment. Two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "Parental absence increases the risk of children drinking and smoking before they become teenagers",
                ADC,
                D,
                "distorted",
                rel="Parental absence in early childhood as a result of death or relationship break-down is linked to a heightened risk of starting to smoke and drink alcohol before that child reaches his/her teens, indicates research published online in the Archives of Disease in Childhood.",
                how="causal",
                note="'research suggests'. The release: 'is linked to a heightened risk' in an observational study ('no firm conclusions ... about cause and effect'); 'increases the risk' is causal. The story itself later says causation is not clear.",
            ),
            C(
                "children who had experienced the absence of a parent during their first seven years, whether as a result of death, separation or otherwise, were more than twice as likely to have tried smoking and nearly 1.5 times as likely to have drunk alcohol by the age of 11",
                ADC,
                D,
                "supported",
                rel="Analysis of the data showed that children who had experienced parental absence before the age of 7 were more than twice as likely to have taken up smoking and 46% more likely to have started drinking alcohol by the age of 11.",
                note="'The study found that'; 'nearly 1.5 times' for 46% more likely.",
            ),
            C(
                "the research highlighted the impact of stressful events in early life",
                "Rebecca Lacey",
                P,
                NIR,
                note="'said'. The release speaks of childhood adversities in previous research and of parental 'loss', not of the impact of stressful events as a lesson of this study; supported is defensible.",
            ),
            C(
                "children might need extra support should a parent become absent",
                "Rebecca Lacey",
                P,
                NIR,
                note="'adding that'; no such advice in the release.",
            ),
            C(
                "around 4% of boys and 2% of girls said that they had tried smoking by the age of 11, with almost 15% of boys and more than 10% of girls admitting to trying alcohol",
                ADC,
                D,
                "supported",
                rel=(
                    "Most children had not smoked by the age of 11",
                    "(10.6%) said they had ever drunk alcohol.",
                ),
                note="'The results reveal that'; 4% and 2% round 3.6% and 1.9%.",
            ),
            C(
                "Parental absence was also linked to a 46% increase in the likelihood of a child consuming alcohol by the age of 11",
                ADC,
                D,
                "supported",
                rel="Analysis of the data showed that children who had experienced parental absence before the age of 7 were more than twice as likely to have taken up smoking and 46% more likely to have started drinking alcohol by the age of 11.",
                note="Passive 'was linked'. Split from the adjusted 27%, which is not in the release.",
            ),
            C(
                "with the figure at 27% once the same factors were taken into account",
                ADC,
                D,
                NIR,
                note="Continues 'was linked' in the same sentence, a separable second finding. The release gives no 27%, and says the findings 'held true' after adjustment (number convention: not_in_release; on substance distorted/numbers).",
            ),
            C(
                "No link was found between smoking and drinking in children and which parent was absent, or the age of the child at which the absence began.",
                ADC,
                D,
                "supported",
                rel="Similarly, the child's sex, the age at which they first experienced parental absence, or which parent was missing, had no bearing on the findings.",
                note="Passive 'was found'.",
            ),
            C(
                "it is possible that some children experienced parental absence after the age of seven",
                "Rebecca Lacey",
                P,
                "supported",
                rel="Furthermore, no information was included on parental absence between the ages of 7 and 11, which may have influenced behaviour, the researchers point out.",
                note="'Lacey also points out that'.",
            ),
            C(
                "inaccuracies in the self-reporting of behaviour by the children cannot be ruled out",
                "Rebecca Lacey",
                P,
                NIR,
                note="Second limitation of 'points out'; the release names missing data, not self-report inaccuracy.",
            ),
        ],
    )
)

# 13
ADC13 = "study published in the Archives of Disease in Childhood"
STORIES.append(
    dict(
        story_id="news-25-094-theage.com",
        story_note="Headline, byline, contact/follow lines, the video player and its caption, the photo caption, 'Advertisement' left out. The story names the University of Aberdeen for the researchers. Method sentences (the 278 and 408 meals) and sentences with no cue (the energy-density shares, the sugar figures, which are not in the release, vegetable variety, energy and protein, prices, 'The lower protein content ... may be due to ...', the funding note) are not annotated. The second quotation is a new paragraph with its own marks and no attribution, given to the previous speaker.",
        quotes=[
            Q(
                "Unlike adult recommendations, which encourage reducing energy density and fats, it is important in infants that food is suitably energy dense in appropriately sized meals to aid growth and development,",
                ABD,
                O,
                "verbatim",
                rel=(
                    "Unlike adult recommendations, which encourage",
                    "to aid growth and development,",
                ),
                note="'the researchers said'; the release breaks a paragraph inside the sentence (whitespace only).",
            ),
            Q(
                "Dietary fats contribute essential fatty acids and fat soluble vitamins together with energy and sensory qualities, thus are vital for the growing child, however excessive intakes may impact on childhood obesity and health.",
                ABD,
                O,
                "verbatim",
                rel="Dietary fats contribute essential fatty acids and fat soluble vitamins together with energy and sensory qualities, thus are vital for the growing child, however excessive intakes may impact on childhood obesity and health.",
            ),
            Q(
                "The high proportion of red meat-based meals and recipes and low seafood meals are of concern when dietary recommendations encourage an increase in oil-rich fish consumption and limitation of red and processed meats,",
                ABD,
                O,
                "verbatim",
                rel="the high proportion of red meat-based meals and recipes and low seafood meals are of concern when dietary recommendations encourage an increase in oil-rich fish consumption and limitation of red and processed meats.",
                note="'the authors concluded'.",
            ),
        ],
        claims=[
            C(
                "those commercially prepared meals you might feel a little guilty about buying for your infant or young children are not necessarily any less healthy than home-cooked fare",
                ADC13,
                D,
                "supported",
                rel="Home cooked meals specifically designed for infants and young children, are not always better than commercially available baby foods, suggests research published online in the Archives of Disease in Childhood.",
                note="'A new study found'.",
            ),
            C(
                "the commercially available pre-packaged offerings were more closely aligned to some nutritional guidelines",
                ADC13,
                D,
                "supported",
                rel="And while almost two thirds (65%) of commercial products met dietary recommendations on energy density, only just over a third of home cooked meals did so, and over half (52%) exceeded the maximum range.",
                note="'a UK study released Wednesday found'.",
            ),
            C(
                "Home-cooked meals usually exceeded energy density and dietary fat recommendations",
                ADC13,
                D,
                "supported",
                rel="Often perceived as the best option, home cooked meals are usually cheaper—unless organic ingredients are used—but they usually exceed energy density and dietary fat recommendations, the findings indicate.",
                note="'found the researched published in the Archives of Disease in Childhood'.",
            ),
            C(
                "solid foods should be introduced around six months to meet an infant's growing nutritional and developmental needs",
                "Australian and UK guidelines",
                D,
                "supported",
                rel="It’s recommended that the introduction of solid foods, known as weaning, begins when a child is 6 months old.",
                note="'Australian and UK guidelines recommend'; an outside source whose advice the release carries (as blind5's news-25-094 'Parenting experts recommend').",
            ),
            C(
                "The results did not take into account parents' who might choose to vary the home cooked recipes",
                ABD,
                O,
                "supported",
                rel="Furthermore, parents may choose to vary the content of recipes, and there are likely to be natural variations in the nutritional content of raw ingredients, thus making direct comparisons harder to make.",
                note="'the authors said'.",
            ),
            C(
                "ready-made meals offered parents a convenient alternative",
                ABD,
                O,
                "supported",
                rel="Ready meals are a convenient alternative, they say, but suggest that any parent looking to provide their child with a varied diet, should probably not rely solely on this source.",
                note="'They concluded'.",
            ),
            C(
                "against relying too much on a monotonous diet of store bought goodies",
                ABD,
                O,
                "supported",
                rel="Ready meals are a convenient alternative, they say, but suggest that any parent looking to provide their child with a varied diet, should probably not rely solely on this source.",
                note="'but warned'; 'relying too much' for 'should probably not rely solely'.",
            ),
            C(
                "a varied diet was best for a child's development and nutrition",
                ABD,
                O,
                "supported",
                rel="It should include a variety of foods to provide a balanced diet rich in a broad range of nutrients.",
                note="'They stressed'. The release's narrative on weaning and the researchers' 'varied diet' advice carry it; 'best' is not in the release, so not_in_release is defensible.",
            ),
        ],
    )
)

# 14
PSYMED = "study published in Psychological Medicine"
STORIES.append(
    dict(
        story_id="news-22-007-GOOGLESEARCHER dailymail.co.uk",
        story_note="Headline, bullet standfirst, byline and dates left out. 'laughing gas', 'intrusions', 'dissociated', \"important\" and \"tagged\" are quoted terms (the last two nested in Das's quotation). The lead ('Giving people ... could stop them being haunted'), 'The research may help to reduce effects of post traumatic syndrome disorder', the film description and the sentences on the faster decline have no cue and are not annotated; 'In the week that followed, volunteers completed a daily diary ..., the paper ... reported' is method. Kamboj's quotation ends at 'before they receive it.': the next paragraph ('Further research is now needed ...') has no quotation marks at all, so it is the journalist's text (it is the end of Kamboj's release quotation) and, having no cue, is not annotated. The story names UCL for the researchers.",
        quotes=[
            Q(
                "so violent and cruel that most people will find it unwatchable",
                None,
                P,
                "verbatim",
                rel="so violent and cruel that most people will find it unwatchable",
                note="'described by one critic as'; the release quotes the same unnamed description.",
            ),
            Q(
                "The day after they saw the film, the number of intrusions experienced by the group who received nitrous oxide fell by over a half.\n\n'By contrast, the decline in intrusions was much slower in the group who received air, where there was not a significant drop in intrusions until the fourth day.\n\n'We think that this is because nitrous oxide disrupts a process that helps permanent memories to form.",
                "Ravi Das",
                P,
                "verbatim",
                rel=(
                    "The day after they saw the film",
                    "helps permanent memories to form.",
                ),
                note="Three paragraphs, closed only at the end: one entry. The release's 'explains lead author Dr Ravi Das (UCL Psychology)' after the first sentence is attribution only.",
            ),
            Q(
                "On any given day your brain will be exposed to a huge amount of information, some important, but most trivial.\n\n'If information is \"important\" enough to remember, for instance because it produces a strong emotional response, it is \"tagged\" for storage.\n\n'The brain requires N-Methyl D-Aspartate (NMDA) receptors to tag information during the day, which is then filed for long-term storage while we sleep.\n\n'We know that nitrous oxide blocks NMDA receptors, so could interfere with tagging.\n\n'This might explain why the nitrous oxide group seemed to have weaker memories of the film the day after they watched it.",
                "Ravi Das",
                P,
                "verbatim",
                rel=(
                    "On any given day your brain",
                    "the day after they watched it.",
                ),
                note="'He added'. Five paragraphs, each re-opening the mark; none closes (the page drops the final mark): one entry to the last quoted word.",
            ),
            Q(
                "Nitrous oxide is routinely used as a painkiller by paramedics and in A&E departments because it is safe and easy to administer.\n\n'Many people who end up in an ambulance will have undergone some form of psychological trauma, and our study suggests that the nitrous oxide is likely to be having some effect on how their brain processes it.\n\n'However, whether it helps to prevent symptoms of PTSD or makes them more likely may depend on how dissociated patients feel before they receive it.",
                "Sunjeev Kamboj",
                P,
                "verbatim",
                rel=(
                    "Nitrous oxide is routinely used as a painkiller",
                    "before they receive it.",
                ),
                note="Three paragraphs re-opening the mark: one entry. The release's 'explains senior author Dr Sunjeev Kamboj' after the first sentence is attribution only.",
            ),
        ],
        claims=[
            C(
                "people who inhaled nitrous oxide after watching graphic scenes of extreme violence reported fewer troubling memories in the days after the film",
                PSYMED,
                D,
                "supported",
                rel="The study, published in Psychological Medicine, found that people who inhaled nitrous oxide after watching traumatic film clips experienced a much faster decline in distressing memories than those who breathed normal air.",
                note="'In tests,' read as attributed to the study (blind3 'In the study, X' convention).",
            ),
            C(
                "people who felt more 'dissociated' after watching the film tended to experience more intrusive memories",
                PSYMED,
                D,
                "supported",
                rel="The research also found that people who felt more ‘dissociated’ after watching the film tended to experience more intrusive memories.",
                note="'The research also found that'.",
            ),
            C(
                "intrusive memories differ from flashbacks",
                "University College London",
                O,
                NIR,
                note="'The researchers note that'; flashbacks are not in the release.",
            ),
        ],
    )
)

# 15
JMG = "new study published in the Journal of Medical Genetics"
STORIES.append(
    dict(
        story_id="news-25-090-mail online",
        story_note="Press Association copy, the same text as blind3's news-25-090-heraldsun.com (which ends mid-quotation); annotated the same way. Headline, byline, dates, 'Read more' and 'Follow us' left out; 'lower-risk' is a quoted term nested in the authors' quotation. The researchers are 'experts', 'a team of UK researchers' and 'the authors' with no institution, so their speaker is null. Unattributed sentences ('At present, only those deemed ...', 'It would also help compensate ...', which continues the previous attribution, 'Risk factors include ...', 'And in 2012, there were more than 4,200 deaths') and the method sentence ('The new study ... examined ...') are not annotated.",
        quotes=[
            Q(
                "best method",
                None,
                P,
                "altered",
                rel="Pre-emptive surgery, known as risk reducing salpingo-oophorectomy, is the best option for curbing ovarian cancer risk among women at high risk of developing the disease.",
                edits=[("replace", "option", "method", False)],
                note="Two-word partial quotation attributed to the experts ('they said'); release narrative ('best option') turned into a quotation, as blind3 judged it.",
            ),
            Q(
                "Our results are of major significance for clinical practice and risk management in view of declining genetic testing costs and the improvements in estimating an individual's ovarian cancer risk,",
                None,
                P,
                "verbatim",
                rel="Our results are of major significance for clinical practice and risk management in view of declining genetic testing costs and the improvements in estimating an individual's ovarian cancer risk,",
                note="'the authors wrote' (no institution named).",
            ),
            Q(
                "With routine clinical testing for certain moderate penetrance genes around the corner and lack of an effective ovarian cancer screening programme, these findings are timely as it provides evidence supporting a surgical prevention strategy for 'lower-risk' individuals.\n\n\"Such an approach can contribute to decreasing the number of ovarian cases and disease burden within the population.\n\n\"This is a key measure needed for moving towards a predictive, preventive, personalised and participatory medicine.",
                None,
                P,
                "altered",
                rel=(
                    "With routine clinical testing for certain moderate penetrance genes",
                    "surgical prevention strategy for 'lower risk' individuals,",
                ),
                edits=[
                    ("replace", "they provide", "it provides", False),
                    (
                        "insert",
                        "",
                        "Such an approach can contribute to decreasing the number of ovarian cases and disease burden within the population.",
                        True,
                    ),
                    (
                        "insert",
                        "",
                        "This is a key measure needed for moving towards a predictive, preventive, personalised and participatory medicine.",
                        True,
                    ),
                ],
                note="Three paragraphs, closed only at the end: one entry (the authors). The first sentence is the release's; the last two have no counterpart (probably from the paper). As blind3 judged the same quotation; splitting into a verbatim entry and a not_in_release one, or not_in_release as a whole, is defensible.",
            ),
            Q(
                "We welcome this study as it helps raise the profile of cancer prevention strategies for women at risk of ovarian cancer.\n\n\"It also demonstrates that it's vital for women to have informed discussions with their clinicians about their personal risk, options for preventing ovarian cancer - particularly for those who have an inherited predisposition - and the role of HRT after any surgery.\n\n\"The key is to know your options and risk so you can choose the path that's right for you.",
                "Katherine Taylor",
                P,
                NIR,
                note="Ovarian Cancer Action. Three paragraphs, closed only at the end: one entry.",
            ),
            Q(
                'These are interesting results and any potential in reducing the number of people dying from ovarian cancer is to be welcomed.\n\n"It is essential that any woman considering her risks has access to appropriate advice and support to understand the risks and benefits of preventative surgery.',
                "Annwen Jones",
                P,
                NIR,
                note="Target Ovarian Cancer. Two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "The number of cases of ovarian cancer could be reduced if more at-risk women were offered pre-emptive surgery",
                None,
                P,
                "supported",
                rel="Pre-emptive surgery, known as risk reducing salpingo-oophorectomy, is the best option for curbing ovarian cancer risk among women at high risk of developing the disease.",
                note="'experts have said' (the study's authors; no institution named). The release's benefit is longer lives and cost effectiveness; fewer cases follows from surgery being 'the best option for curbing ovarian cancer risk' (as blind3).",
            ),
            C(
                'Surgery to remove the ovaries and fallopian tubes is the "best method" for preventing ovarian cancer among women deemed to be at high risk of getting the disease',
                None,
                P,
                "supported",
                rel="Pre-emptive surgery, known as risk reducing salpingo-oophorectomy, is the best option for curbing ovarian cancer risk among women at high risk of developing the disease.",
                note="Mixed quotation ('they said'): a claim and a quotation.",
            ),
            C(
                "if those aged over 40 who have a 4% chance of getting ovarian cancer in their lifetime were offered the surgery the NHS could save money and there would be a decrease in the number of women diagnosed with the disease",
                None,
                P,
                "distorted",
                rel="This would not only extend the lives of more women, but would be very cost effective, and help to compensate for the current lack of a reliable test to screen for the disease, suggest the researchers.",
                how="other",
                note="'a team of UK researchers said'. The release: 'very cost effective' and longer lives; the story says the NHS would save money (cost effective is not cost saving) and fewer women would be diagnosed (as blind3 judged).",
            ),
            C(
                "pre-emptive surgery at a lifetime risk level of 4% or greater would be highly cost effective among women aged at least 40, and add up to around 43 extra days of life expectancy if hormone replacement therapy were taken until natural menopause",
                JMG,
                D,
                "supported",
                rel="When all the data were analysed, the calculations showed that pre-emptive surgery at a lifetime risk level of 4% or greater would be highly cost effective among women aged at least 40, and add up to around 43 extra days of life expectancy if hormone replacement therapy were taken until natural menopause.",
                note="'The calculations showed that'.",
            ),
            C(
                "Across the UK, there were 7,200 cases of ovarian cancer diagnosed in 2013",
                "Cancer Research UK",
                O,
                NIR,
                note="'according to Cancer Research UK figures'.",
            ),
        ],
    )
)

# 16
BMJ16 = "study published in The BMJ"
BAYER = "Bayer HealthCare"
STORIES.append(
    dict(
        story_id="news-25-001-nytimes.com",
        story_note="Headline, byline, dates and comment count left out. Sentences with no cue are not annotated: 'The findings add to growing concerns ...', 'Only 0.2 percent ...', 'The analysis did not include ...', 'More than half of the patients received general anesthesia', the sterilization and FDA complaint figures, Saenz's history. 'which some experts criticized as a weakness in the paper' and the FDA panelists who 'lashed out at Bayer for not collecting data' give no proposition and are not annotated. 'But the implant was associated with significantly higher hospital charges ...' has no cue of its own ('was associated' is not read as a passive attribution, as blind5 left the same construction in news-26-022) and is not annotated; the charges are not in the release. Bayer's officials are given the body (spokesperson convention); unnamed critics, women, experts and doctors are null.",
        quotes=[
            Q(
                "This study is important because it looked at Essure women in the real world, not the more ideal world of clinical trials,",
                "Diana Zuckerman",
                P,
                NIR,
                note="National Center for Health Research.",
            ),
            Q(
                "The very high rate of reoperations — 10 times as high with Essure — is likely to add to concerns about the accuracy of the clinical trial data provided to the F.D.A.",
                "Diana Zuckerman",
                P,
                NIR,
                note="A second pair of marks after the attribution: a second entry.",
            ),
            Q(
                "poor quality",
                BAYER,
                O,
                NIR,
                note="Two-word partial quotation attributed to Bayer's officials.",
            ),
            Q("comparing apples and oranges.", BAYER, O, NIR),
            Q(
                "There is a very high likelihood the placement will go well and the patient will benefit from Essure. What you’ve got with Essure is a noninvasive procedure, and you try to do most things in medicine with the least invasive method for the least harm.",
                "Edio Zampaglione",
                P,
                NIR,
                note="Bayer vice president; named, so kept as the person.",
            ),
            Q("I was living on ibuprofen,", "Lisa Saenz", P, NIR),
            Q("I wasn’t myself for years. I lost so much quality of life.", "Lisa Saenz", P, NIR),
        ],
        claims=[
            C(
                "Women who sought permanent sterilization through a contraceptive implant called Essure were 10 times as more likely to be back for surgery within a year than women who had their tubes tied",
                BMJ16,
                D,
                "supported",
                rel="Hysteroscopic sterilization was associated with over 10-fold higher risk of reoperation, equivalent to around 21 additional reoperations per 1,000 patients undergoing surgery.",
                note="'according to a new study of 52,326 women'. The release's 10-fold is the first-year figure (8 times at two years, 6 at three).",
            ),
            C(
                "they have been hurt by it",
                None,
                P,
                NIR,
                note="'Thousands of women who claim'.",
            ),
            C(
                "the Food and Drug Administration to warn the public about potential complications and pull the device from the market",
                None,
                P,
                NIR,
                note="'Thousands of women ... have urged'.",
            ),
            C(
                "2.4 percent of the 8,048 women who had Essure implanted returned for an operation within a year",
                BMJ16,
                D,
                NIR,
                note="'The new analysis found that'. The 2.4 percent is not in the release (number convention), though it fits its 21 additional reoperations per 1,000.",
            ),
            C(
                "most of the repeat operations were required because of complications from the device, a small metal and polyester coil placed into a woman’s fallopian tubes, or because of a device failure",
                "Art Sedrakyan",
                P,
                "supported",
                rel="Women who undergo implant based female sterilization have a significantly heightened risk of reoperation following complications, suggests a large study published in The BMJ this week.",
                note="'said'. The release ties reoperation to complications and mentions device failure (litigation); 'most' is not quantified in it, so not_in_release is defensible.",
            ),
            C(
                "Essure, which can be inserted vaginally without a surgical incision, was as effective at preventing pregnancy as laparoscopic tubal ligation",
                BMJ16,
                D,
                "supported",
                rel="The risk of unintended pregnancy was comparable in the “Essure’ and laparoscopic sterilization groups, and the overall chance of unintended pregnancy was found to be approximately one in 100 after use of the “Essure” device; higher than reported in previous studies.",
                note="'The study ... reported that'.",
            ),
            C(
                "the research was of “poor quality”",
                BAYER,
                O,
                NIR,
                note="'Officials at Bayer HealthCare ... said that'; mixed quotation.",
            ),
            C(
                "comparing the two methods of sterilization was equivalent to “comparing apples and oranges.”",
                BAYER,
                O,
                NIR,
                note="Second that-clause of the same attribution; mixed quotation.",
            ),
            C(
                "the device is safe and that the complications are in line with those from surgical sterilization",
                BAYER,
                O,
                NIR,
                note="'Bayer officials have said repeatedly that'.",
            ),
            C(
                "officials to pull it off the market",
                None,
                P,
                NIR,
                note="'Critics have called on'.",
            ),
            C(
                "the new study may have underestimated or failed to capture all of the complications related to the device",
                None,
                P,
                NIR,
                note="'Some experts familiar with Essure said'; the release's caveat is about unmeasured confounding, not undercounted complications.",
            ),
            C(
                "she had Essure implanted in 2008 because she was promised her busy life would not be disrupted",
                "Lisa Saenz",
                P,
                NIR,
                note="'said'.",
            ),
            C(
                "her health problems were age-related",
                None,
                P,
                NIR,
                note="'the doctor who had implanted the device told her that'.",
            ),
            C(
                "an Essure coil was embedded in the organ and that scar tissue had grown all around it",
                None,
                P,
                NIR,
                note="'the surgeon and pathologist told her that'.",
            ),
        ],
    )
)

# 17
CAMU = "University of Cambridge"
MEDSTUDY = "Cambridge Mediterranean diet study"
STORIES.append(
    dict(
        story_id="news-26-025-thesun.co.uk",
        story_note="Kicker, headline, byline, date and standfirst ('... Cambridge University scientists said') left out; “heart age” and ‘Eatwell Guide’ are quoted terms. 'experts said today' in the lead are evidently the study's authors and become the University of Cambridge (named for Forouhi). The journalist's sentences ('Following in the footsteps ... can prove a life saver', 'The findings ... backs up past research', the diet description, the Heart Age Tool) and the method sentences (23,902 Brits, questionnaires) are not annotated.",
        quotes=[
            Q(
                "We estimate that one in 25 of all new cardiovascular disease cases or one in eight cardiovascular deaths in our UK based study population could potentially be avoided if this population increased their adherence to the Mediterranean diet.",
                "Nita Forouhi",
                P,
                "altered",
                rel="We estimate that 3.9% of all new cardiovascular disease cases or 12.5% of cardiovascular deaths in our UK based study population could potentially be avoided if this population increased their adherence to the Mediterranean diet.",
                edits=[
                    ("replace", "3.9%", "one in 25", False),
                    ("replace", "12.5%", "one in eight", False),
                ],
                note="The percentages are re-expressed as ratios (12.5% is exactly one in eight; 3.9% rounds to one in 25): judged not significant since the quantities are the same; an annotator counting every number change as significant would differ.",
            ),
            Q(
                "The benefits of the Mediterranean diet for cardiovascular health are well documented in countries of the Mediterranean region, but this is the first study to evaluate this in the UK.\n\n“If our findings are broadly representative of the overall UK population, then we can assume that higher level of adherence to the Mediterranean diet could have significant impact in lowering the cardiovascular disease burden in the UK.\n\n“Our study shows that higher versus lower adherence to a Mediterranean-type diet is linked with lower future CVD risk in the UK but our challenge now is to understand the social, economic and cultural factors that might support or prevent people being able to keep to this dietary pattern in the UK.",
                "Nita Forouhi",
                P,
                "verbatim",
                rel=(
                    "The benefits of the Mediterranean diet for cardiovascular health",
                    "keep to this dietary pattern in the UK.",
                ),
                note="Three paragraphs, closed only at the end: one entry. The first two paragraphs are one release quotation; the third is Forouhi's concluding release quotation, further on: the story joins two passages of the same speaker without changing words (the release span covers both and the text between).",
            ),
            Q(
                "This large study adds to the significant body of evidence showing that eating a Mediterranean-style diet can reduce your risk of cardiovascular disease.\n\n“For those wanting to follow a Mediterranean diet, the Government’s healthy eating advice set out in its ‘Eatwell Guide’ is similar and shows how much you should eat of each food groups to have a healthy balanced diet.\n\n“This includes eating plenty of starchy foods, such as bread and pasta, plenty of fruit and vegetables, eating some fish, less meat, and choosing products made from vegetable and plant oils, such as olive oil.\n\n“However, eating healthily isn’t enough on its own. Importantly, the researchers found that those with high adherence to the diet were less likely to be smokers and more likely to be physically active – both important independent factors in reducing a person’s risk of cardiovascular disease.",
                "Tracy Parker",
                P,
                NIR,
                note="British Heart Foundation comment; four paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                "A Mediterranean diet does protect the heart",
                CAMU,
                O,
                "distorted",
                rel="Britons eating a Mediterranean diet could lower their risk of developing cardiovascular disease including conditions such as heart attack and stroke, according to research published in the open access journal BMC Medicine.",
                how="causal",
                note="'experts said today'. The release: 'could lower their risk', an observational link ('a cause and effect relationship cannot be assumed'); 'does protect' is causal and certain (stronger also fits). Split from the 20,000, which is not in the release.",
            ),
            C(
                "could save up to 20,000 Brits a year",
                CAMU,
                O,
                NIR,
                note="Same attribution. No such figure in the release, whose 12.5% of cardiovascular deaths is of its study population (number convention; on substance distorted/population, as blind2/5 noted for the 20,000 and 19,000 of other stories).",
            ),
            C(
                "the way of eating cuts risk of cardiovascular disease by six to 16 per cent",
                MEDSTUDY,
                D,
                "distorted",
                rel="In this study, the first of its kind carried out in a UK population, the researchers found that healthy individuals with greater adherence to a Mediterranean-type diet had 6 to 16% lower risk of future cardiovascular disease compared to individuals who had poor adherence.",
                how="causal",
                note="'The first study to examine the link ... found'. An observed lower risk among adherent people becomes the diet that 'cuts risk' (as blind2 judged 'lowered their risk' in news-26-025-telegraph).",
            ),
            C(
                "80 per cent of people over the age of 30, have a heart that is prematurely ageing",
                "new heart age research",
                D,
                NIR,
                note="'new research shows'; another study (the BHF Heart Age Tool).",
            ),
            C(
                "telling people their heart age, and the steps they can take to lower it, is an effective way of motivating people to change their behaviour with the potential for long-term improvements in heart health",
                None,
                D,
                NIR,
                note="'Research has shown that' (unnamed research).",
            ),
        ],
    )
)

# 18
OX = "University of Oxford"
STORIES.append(
    dict(
        story_id="news-25-153-dailymail.co.uk",
        story_note="Press Association copy, the same text as blind2's news-25-153-mirror.co.uk (plus Valabhji's comment); annotated the same way. Headline (with its quoted 'unlikely'), byline and dates left out. The NHS programme details, the method sentences (49 studies, 50 trials), 'Lifestyle interventions led to a 36% reduction ...' (no cue; the release says 37%), the 2.9 million figure and the relative clauses 'which is linked to obesity ...' and 'with obesity seen as a key driver' (background, as blind2 left them) are not annotated. 'throws doubt on such schemes' gives no proposition; its 'saying' clause is annotated.",
        quotes=[
            Q(
                "As screening is inaccurate, many people will receive an incorrect diagnosis and be referred on for interventions while others will be falsely reassured and not offered the intervention. These findings suggest that ‘screen and treat’ policies alone are unlikely to have substantial impact on the worsening epidemic of Type 2 diabetes.",
                OX,
                O,
                "paraphrase",
                rel=(
                    "They found that the diagnostic accuracy of tests",
                    "unnecessarily treated or falsely reassured depending on the test used.",
                ),
                note="'The authors concluded'. The release has no such quotation; its narrative says the tests' low accuracy means people 'will be unnecessarily treated or falsely reassured', and its lede that 'screen and treat' policies 'are unlikely to have substantial impact on this growing epidemic' (as blind2 judged the same quotation; not_in_release is defensible).",
            ),
            Q(
                "The Healthier You: Diabetes Prevention Programme offers evidence based interventions to delay or prevent onset of Type 2 diabetes in those already identified to be at high risk.\n\n“As this BMJ paper highlights, such lifestyle interventions have been clearly shown to work. Healthier You is not a screening programme; it empowers people who have already been identified through routine clinical practice to reduce their risk. The NHS is not willing to sit idly by while these individuals progress to Type 2 diabetes.",
                "Jonathan Valabhji",
                P,
                NIR,
                note="NHS England comment; two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "A national programme to prevent people developing Type 2 diabetes is unlikely to have a major impact",
                "study published in the BMJ",
                D,
                "supported",
                rel='"Screen and treat" policies to preventing type 2 diabetes are unlikely to have substantial impact on this growing epidemic, concludes a study published by The BMJ today.',
                note="'research suggests'. The release's point is about screen-and-treat policies such as the UK's National Diabetes Prevention Programme.",
            ),
            C(
                "there is a lack of evidence that they help prevent diabetes",
                OX,
                O,
                "distorted",
                rel='They conclude that "screen and treat" policies will benefit some but not all people at high risk of developing diabetes, and they should be complemented by population-wide approaches for effective diabetes prevention.',
                how="other",
                note="'new research led by the University of Oxford ... saying'. The release finds that interventions did reduce risk (37%, 26%) and that screen-and-treat will benefit some but not all; 'a lack of evidence that they help' overstates the doubt (as blind2 judged).",
            ),
            C(
                "neither of the blood tests used to detect high blood sugar – as used by the NHS Diabetes Prevention Programme – were accurate enough for detecting people at high risk of diabetes while excluding those at low risk",
                OX,
                O,
                "supported",
                rel="They found that the diagnostic accuracy of tests used to detect pre-diabetes in screening programmes was low - fasting glucose is specific but not sensitive and HbA1c is neither sensitive nor specific - suggesting that large numbers of people will be unnecessarily treated or falsely reassured depending on the test used.",
                note="'The researchers concluded that'.",
            ),
            C(
                "five million people in England are at high risk of developing Type 2 diabetes",
                None,
                D,
                NIR,
                note="'Figures published last year ... showed'. The release's five million is the predicted number of UK people with diabetes by 2025, a different quantity.",
            ),
            C(
                "In most parts of the country, more than one in 10 adults are at risk of Type 2 diabetes and, in some regions, the risk is around one in seven",
                "Public Health England",
                O,
                NIR,
                note="'Public Health England (PHE) said'.",
            ),
            C(
                "Type 2 diabetes already leads to 22,000 early deaths every year and costs the NHS around £8.8 billion",
                None,
                D,
                NIR,
                note="'Figures suggest that'.",
            ),
        ],
    )
)

# 19
ARD = "study published in the Annals of the Rheumatic Diseases"
EVID = "regularly taking a high dose of NSAIDs and paracetamol over a long period can trigger frequent and serious side effects"
STORIES.append(
    dict(
        story_id="news-25-202-express.co.uk",
        story_note="Headline, byline, dates and the opening standfirst paragraph left out. The background on osteoarthritis and 'There is a need for effective and safer alternatives' are the journalist's. The 'increasing evidence' paragraph is printed twice; both copies are annotated. 'These can include a greater risk of heart attack, stroke and stomach ulcers', 'While joint function improved more quickly ...' and 'Other treatment options include ...' have no cue of their own and are not annotated. The story and the release name no institution for the researchers (null speaker).",
        quotes=[
            Q(
                "This compelling benefit-risk profile, in light of the known clinical risks associated with chronic usage of NSAIDS and paracetamol, underscores the potential importance of pharmaceutical-grade (chondroitin sulfate) in the management of knee (osteoarthritis), especially in the older population requiring long-term treatment.",
                None,
                P,
                "verbatim",
                rel=(
                    "This compelling benefit-risk profile",
                    "especially in the older population requiring long-term treatment,",
                ),
                note="'The researchers wrote'; the release's editorial brackets become parentheses (punctuation).",
            ),
        ],
        claims=[
            C(
                EVID,
                None,
                D,
                "supported",
                rel="But the evidence shows that regularly taking high dose NSAIDs/paracetamol over the long term is associated with frequent and serious side effects, so effective and safe alternatives are needed.",
                note="'There’s increasing evidence that' (unnamed evidence). 'can trigger' for 'is associated with' side effects: the release's 'side effects' already implies the drugs cause them, so not judged causal; distorted/causal is defensible.",
            ),
            C(
                EVID,
                None,
                D,
                "supported",
                rel="But the evidence shows that regularly taking high dose NSAIDs/paracetamol over the long term is associated with frequent and serious side effects, so effective and safe alternatives are needed.",
                note="The same paragraph printed a second time.",
                occ=1,
            ),
            C(
                "an over the counter tablet - chondroitin sulfate - is just as good",
                ARD,
                D,
                "distorted",
                rel="High quality (pharmaceutical grade) chondroitin sulfate is as good as a widely prescribed non-steroidal anti-inflammatory drug (celecoxib) for the treatment of painful knee osteoarthritis, concludes research* published online in the Annals of the Rheumatic Diseases.",
                how="other",
                note="'has discovered that'. The trial used pharmaceutical-grade chondroitin, and the release warns that over-the-counter supplements vary considerably in active ingredient; the story makes the finding about an over-the-counter tablet (as blind5 judged the same shift in news-25-202-reuters).",
            ),
            C(
                "It significantly reduced pain and improved function",
                None,
                P,
                "supported",
                rel="But the reductions in pain and improvements in joint function were significantly greater after 6 and 3 months, respectively, in patients treated with either chondroitin sulfate or celecoxib.",
                note="'they found' (the researchers).",
            ),
            C(
                "it to be far safer",
                None,
                P,
                "distorted",
                rel="All three treatment approaches were very safe.",
                how="other",
                note="'the researchers also found'. The trial found all three treatments very safe, with no safety advantage for chondroitin; the researchers only argue from the known risks of chronic NSAID use. A comparative finding is made up (stronger is defensible).",
            ),
            C(
                "it to be used for long term treatment, particularly in older people, among whom the condition is common",
                None,
                P,
                "supported",
                rel="Its effectiveness and safety prompt the researchers to call for it to be used for long term treatment, particularly for older people, among whom osteoarthritis is common.",
                note="'They are calling for'.",
            ),
            C(
                "a daily dose of 800mg of pharmaceutical-grade chondroitin sulfate be used as first step for treating the condition",
                None,
                P,
                "supported",
                rel="It is a formulation that should be considered first for the treatment of the condition, they add.",
                note="'They suggest'; the 800 mg daily dose is in the release's conclusion.",
            ),
            C(
                "symptoms of the condition include pain, stiffness, swelling and a grinding sensation",
                "Arthritis Research UK",
                O,
                NIR,
                note="'According to Arthritis Research UK'; the release names pain and loss of function, not this list.",
            ),
        ],
    )
)

# 20
BAY = "Baylor College of Medicine"
STORIES.append(
    dict(
        story_id="news-26-022-hindustandtimes.com",
        story_note="IANS copy, the same text as blind5's news-26-022-timesofindia.com; annotated the same way. Headline, agency line and date left out. Sentences with no cue of their own ('Further, a high-fat diet ... was also significantly associated with fewer numbers of bacteroides ...', the two Bacteroides background sentences, 'The average daily intake ... was 33%', 'The results were published ...') and the method sentence (stool samples) are not annotated. The story drops the release's caveat that cause and effect cannot be established. The story names Baylor College of Medicine for Aagaard and the researchers.",
        quotes=[
            Q(
                "Diet is very amenable to change and women are highly motivated to make healthy changes during pregnancy. Traditionally, dietary interventions during pregnancy have focused on micronutrients, such as iron and folic acid,",
                "Kjersti Aagaard",
                P,
                "verbatim",
                rel=(
                    "Diet is very amenable to change",
                    "such as iron and folic acid.",
                ),
            ),
            Q(
                "The study speculates that there may be a sound argument to also discuss and estimate fat intake,",
                "Kjersti Aagaard",
                P,
                "altered",
                rel="We speculate that there may be a sound argument to also discuss and estimate fat intake.",
                edits=[("replace", "We speculate", "The study speculates", False)],
                note="The subject changes from the researchers to the study; judged not significant (same hedged claim), as blind5.",
            ),
        ],
        claims=[
            C(
                "Women consuming high-fat diet during pregnancy may increase the risk of affecting bacteria living in her baby’s gut thus impacting proper development of the immune system",
                "study published in Genome Medicine",
                D,
                "supported",
                rel="A mother's high-fat diet during pregnancy could have a lasting impact on the bacteria living in her baby's gut, according to a study published in the open access journal Genome Medicine.",
                note="'says a study'. The hedge ('may') covers the chain; judged the same as the release's 'could have a lasting impact ... could affect ... early immune development' (as blind5).",
            ),
            C(
                "expecting mothers’ diets can lead to distinct changes in their babies’ microbiome, which could affect energy extraction from food as well as early immunity development",
                "study published in Genome Medicine",
                D,
                "distorted",
                rel="Researchers at Baylor College of Medicine in the US examined a cohort of 157 women and their newborn babies, and found an association between the mothers' diets and distinct changes in their offspring's microbiome, which could affect energy extraction from food and early immune development.",
                how="causal",
                note="'The results showed that'. The release found 'an association'; the story: diets 'can lead to' the changes (as blind5).",
            ),
            C(
                "A persistent reduction of bacteroides species in the infant gut could thus have significant consequences on energy extraction from food and developing immunity",
                BAY,
                O,
                "supported",
                rel="A persistent reduction of Bacteroides species in the infant gut could thus have significant consequences for energy extraction from food and immune development, according to the researchers.",
                note="'the researchers said'.",
            ),
            C(
                "an increase in the need for dietary recommendations during pregnancy",
                "Kjersti Aagaard",
                P,
                "supported",
                rel="The findings have implications for dietary recommendations in pregnancy, the researchers suggest.",
                note="'Aagaard added, suggesting'. 'an increase in the need for' for 'implications for'; judged the same. Whether the participle makes a reported claim is arguable (as blind5).",
            ),
            C(
                "the mothers’ dietary intake of calories from fat per day ranged from 14% to 55%",
                BAY,
                O,
                "supported",
                rel="The researchers found that the mothers' dietary intake of calories from fat per day ranged from 14.0% to 55.2%.",
                note="'The researchers found that'; 55% rounds 55.2%.",
            ),
        ],
    )
)
