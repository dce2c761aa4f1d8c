"""Hand annotations of 22 InSciOut dev stories, the fourth blind set (issue 15), by the t15-annot4
session, 2026-11-30, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.
Stories drawn by pick_blind4.py (seed 2029): stories 1-12 by its first pass (one story per release;
only 12 releases were left to draw from), stories 13-22 by its second pass (the 10 remaining
candidates, second stories of the same 12 releases).

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_blind4.py turns them
into offsets and writes ../verdicts_blind4_dev.jsonl. Q and C are the helpers of
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
KI = "Karolinska Institutet"
STUDY1 = "study published in Breast Cancer Research"
STORIES.append(
    dict(
        story_id="news-26-013-livemint.com",
        story_note="Headline and standfirst left out. The story drops the release's caveats (the effect may be due to the underlying infertility; no causal links could be established). Sentences without a cue of their own (the COS comparison, hormone replacement background, 'first population-based study', the method, 'remains unknown') are not annotated.",
        quotes=[
            Q(
                "The results from our study indicate that infertile women, especially those who undergo COS, might represent a group with an increased breast cancer risk,",
                "Frida Lundberg",
                P,
                "verbatim",
                rel="The results from our study indicate that infertile women, especially those who undergo COS, might represent a group with an increased breast cancer risk.",
            ),
        ],
        claims=[
            C(
                "Infertility and hormonal fertility treatments may influence the amount of dense tissue in the breast and increase the risk factor of developing breast cancer",
                STUDY1,
                D,
                "distorted",
                rel="Infertility and hormonal fertility treatments may influence the amount of dense tissue in the breast, a risk factor for breast cancer, according to a study involving 43,313 women, published in the open access journal Breast Cancer Research.",
                how="other",
                note="'a new study has found'. The release says the treatments may influence breast density, which is a risk factor; the story adds that they may increase the risk of developing breast cancer, which the release says remains unknown. Could be read as stronger.",
            ),
            C(
                "women with a history of infertility had denser breasts than other women",
                KI,
                O,
                "supported",
                rel="Researchers at Karolinska Institutet, Sweden found that women with a history of infertility had denser breasts than other women.",
            ),
            C(
                "Women with extremely dense breasts have a four- to sixfold higher risk of developing breast cancer than women with non-dense breasts",
                "previous research",
                D,
                "supported",
                rel="Women with extremely dense breasts have a four to six fold higher risk of developing breast cancer than women with non-dense breasts, previous research has found.",
            ),
            C(
                "women with a history of infertility were found to have higher absolute dense volume—that is more dense, fibroglandular breast tissue",
                "study published in Breast Cancer Research",
                D,
                "supported",
                rel=(
                    "In this study, women with a history of infertility were found",
                    "than non-infertile women.",
                ),
                note="Passive 'were found' in 'In this study', read as the study's finding (blind2/blind3 convention).",
            ),
            C(
                "Hormone replacement therapy, like COS, increases oestrogen and progesterone levels and has been suspected to increase breast cancer risk",
                None,
                P,
                "supported",
                rel="Hormone replacement therapy, like COS, increases estrogen and progesterone levels and has been suspected to increase breast cancer risk.",
                note="Passive 'has been suspected' with no agent; annotated like the passive attributions of blind set 2. Doubtful whether it is a reported claim.",
            ),
            C(
                "a stronger association between COS and mammographic density in older women, which may point to a potential long-term effect of COS on the breast tissue",
                KI,
                O,
                "supported",
                rel="In analyses based on age, the researchers found a stronger association between COS and mammographic density in older women, which may point to a potential long-term effect of COS on the breast tissue.",
                note="'They found' = the researchers at Karolinska Institutet.",
            ),
        ],
    )
)

# 2
REV2 = "systematic review of 14 previous studies"
STORIES.append(
    dict(
        story_id="news-04-017-economictimes.indiatimes.com",
        story_note="PTI copy of the Cardiff University release, near-verbatim. Headline ('says new study') left out. The background paragraphs on diabetes management are the journalist's (copied from the release) with no cue and are not annotated.",
        quotes=[
            Q(
                "With the number of patients globally with diabetes expected to rise to over 500 million by 2030, there is an urgent need for better self-management tools,",
                "Ben Carter",
                P,
                "verbatim",
                rel="With the number of patients globally with diabetes expected to rise to over 500m by 2030, there is an urgent need for better self-management tools.",
                note="'500m' written out as '500 million': an abbreviation, treated like '%' vs 'per cent'.",
            ),
            Q(
                "As we enter an era where portable technology is increasingly used to improve our lifestyles, as can already be seen with physical activity technology, apps can offer a large percentage of the world's population a low cost and dynamic solution to type 2 diabetes management,",
                "Ben Carter",
                P,
                "verbatim",
                rel=(
                    "As we enter an era where portable technology",
                    "dynamic solution to type 2 diabetes management.",
                ),
            ),
        ],
        claims=[
            C(
                "Smartphone apps could offer patients with type 2 diabetes a highly effective method of self-managing their condition",
                REV2,
                D,
                "supported",
                rel="Smart phone apps could offer patients with type 2 diabetes a highly effective method of self-managing their condition, concludes a study by Cardiff University.",
                note="'new research has claimed'.",
            ),
            C(
                "all had reported a reduction in average blood glucose levels in patients that used an app, compared to those who did not, with an approximate reduction in HbA1c (glycated haemoglobin) of about 0.5%",
                REV2,
                D,
                "supported",
                rel=(
                    "A systematic review of 14 previous studies found that all had reported",
                    "of about 0.5%.",
                ),
            ),
            C(
                "younger patients were more likely to report a benefit",
                REV2,
                D,
                "supported",
                rel="The analysis also found that younger patients were more likely to report a benefit.",
                note="'The analysis also found'.",
            ),
            C(
                "No evidence was found to support the use of apps in type 1 diabetes, but further research is needed to substantiate this",
                "Cardiff University",
                O,
                "supported",
                rel="No evidence was found to support the use of apps in type 1 diabetes, but further research is needed to substantiate this.",
                note="'researchers said': the story names only Cardiff University (for Ben Carter) as the researchers' institution.",
            ),
        ],
    )
)

# 3
KH = "Babak Khoshnood"
MI = "Jim Mills"
STORIES.append(
    dict(
        story_id="news-25-013-newscientist.com",
        story_note="New Scientist story with interview quotes of Khoshnood and Mills; the release quotes only the BMJ paper and the NIH editorial. Headline and standfirst ('say health experts') left out. Background sentences without a cue (neural tube defects, US fortification since 1998, B12 masking, 'European countries may have held back') are not annotated. 'Some have raised concerns about higher levels of folic acid and cancer' has no propositional content and is not annotated.",
        quotes=[
            Q(
                "small minority",
                "2009 report on Europe",
                D,
                "verbatim",
                rel="small minority",
                note="Two-word partial quotation attributed to the report ('According to a 2009 report on Europe'). The words are in the release's narrative ('evidence suggests that only a small minority of women do so'); the report is not named there.",
            ),
            Q(
                "The main problem is that you are meant to take folic acid a month before and during the first two to three weeks of pregnancy,",
                KH,
                P,
                NIR,
            ),
            Q(
                "By the time most women find out they are pregnant, it’s too late.",
                KH,
                P,
                NIR,
            ),
            Q(
                "These are anomalies we can do something about, so let’s do it,",
                KH,
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "pregnant women take a 0.4mg supplement of folic acid daily",
                "World Health Organization",
                O,
                NIR,
                note="'The World Health Organization recommends that'; no dose or WHO recommendation in the release.",
            ),
            C(
                "no change between 1991 – when folic acid guidelines were introduced – and 2011",
                "INSERM",
                O,
                "supported",
                rel="They found that the overall (pooled) total prevalence of neural tube defects in 2011 was fairly similar to that in 1991 (9 per 10,000 births).",
                note="'Babak Khoshnood of INSERM ... and his colleagues have ... found'; the institution named for the lead author (blind3 convention). 'no change' vs 'fairly similar' / 'has not declined substantially'; the 1991 guideline date is an aside not in the release.",
            ),
            C(
                "this is due to an increase in the number of terminations of babies with the disorder – a result of earlier diagnosis",
                "INSERM",
                O,
                NIR,
                note="'the team believe'. The release says nothing about births declining or terminations.",
            ),
            C(
                "only a “small minority” of women take folic acid for the full advised period",
                "2009 report on Europe",
                D,
                "supported",
                rel="Taking folic acid supplements before and during early pregnancy can greatly reduce the risk, but evidence suggests that only a small minority of women do so - and mandatory fortification programmes do not yet exist in Europe.",
                note="Mixed quotation: also a quotation entry.",
            ),
            C("There are other issues", MI, P, NIR, note="'says Jim Mills'."),
            C(
                "mandatory folic acid fortification of food",
                "accompanying article in the BMJ",
                D,
                "supported",
                rel=("Voluntary guidance for women isn't working", "in an accompanying editorial."),
                note="'an accompanying article calling for'. The editorial says Europe 'should seriously consider' mandatory fortification; read as the same call.",
            ),
            C(
                "all women of child-bearing age ensure they supplement their diets with plenty of folic acid",
                "US Public Health Service",
                O,
                NIR,
                note="'The US Public Health Service recommends that', inside Mills's reported speech ('he says'); split from Mills's own point.",
            ),
            C(
                "it is a tall order to expect someone to take a supplement daily for 30 or so years",
                MI,
                P,
                NIR,
                note="'he says'.",
            ),
            C(
                "The cost of taking supplements can also be prohibitive for some",
                MI,
                P,
                NIR,
                note="'he adds'.",
            ),
            C(
                "The programme is thought to have added between 0.1 and 0.2mg to the daily folic acid intake of women in the US",
                None,
                P,
                NIR,
                note="Passive 'is thought' with no agent (an edge case the guide names); annotated like the passive attributions of blind set 2.",
            ),
            C(
                "it is responsible for a 19 to 32 per cent decrease in the rate of neural tube defects since it was introduced",
                None,
                D,
                NIR,
                note="'studies suggest'. The release's editorial says mandatory fortification 'has been shown to work' in the US, but the 19-32 per cent is not in the release (number convention).",
            ),
            C(
                "a protective effect",
                None,
                D,
                NIR,
                note="'some studies suggest' (folic acid and cancer); the release says nothing on cancer.",
            ),
            C(
                "potential risks",
                None,
                D,
                NIR,
                note="'others [studies] have hinted at' (cancer). The release's 'possible risks' of fortification are not about cancer.",
            ),
            C(
                "no harmful effects have been observed since folic acid fortification was enforced in the US in 1998",
                MI,
                P,
                "distorted",
                rel="They point out that mandatory fortification has been shown to work in many countries, including the United States, and no important adverse effects have been identified to date.",
                how="stronger",
                note="'says Mills'. The editorial says 'no important adverse effects'; the story drops 'important'. Supported is also defensible.",
            ),
            C(
                "It is time for European countries to follow suit",
                MI,
                P,
                "distorted",
                rel=("Voluntary guidance for women isn't working", "in an accompanying editorial."),
                how="stronger",
                note="'he says'. The editorial says Europe 'should seriously consider' / 'take a further look at' compulsory fortification.",
            ),
        ],
    )
)

# 4
MB = "Mark Bellis"
BA = "Bangor University"
STORIES.append(
    dict(
        story_id="news-26-007-theaustralian.com",
        story_note="The Times story reprinted by The Australian. Headline, the converter's note on the title, byline and furniture left out. Bellis's quotations are interview quotes, none in the release. Sentences without a cue of their own are not annotated, among them 'Nearly 9 per cent ... compared with just 1 per cent of richer drinkers' (the release says 'less than 1%') and the binge-drinking sentence. 'scientists have long been puzzled as to why ...' reports no claim and is left out.",
        quotes=[
            Q(
                "These things do not just add to each other — they have a multiplicative effect. When you are overweight you do not just get the risk of being overweight and [the risk of drinking], you get those added and effectively doubled as well. The effects may be even greater when you add three or four types of [unhealthy] behaviour in.",
                MB,
                P,
                NIR,
                note="The first sentence restates the release's narrative ('do not just add ... but effectively multiply the risks'), but 'doubled' and the three-or-four behaviours have no counterpart, so the whole entry is not_in_release (dev gold Celis-Morales case).",
            ),
            Q(
                "In general terms the body is trying to maintain itself in a constant level of balance. Alcohol is providing a challenge to the body in keeping that balance and if you have got multiple challenges it becomes increasingly difficult for the body to maintain a healthy balance.",
                MB,
                P,
                NIR,
                note="Close in idea to the release quotation 'these combinations can create enormous stresses on people's bodies, overwhelming their ability to limit the health harms', but the balance explanation is new; paraphrase is defensible.",
            ),
            Q(
                "We need on an individual level for people to understand that being overweight and having an unhealthy lifestyle may carry additional risks when you’re drinking alcohol,",
                MB,
                P,
                NIR,
            ),
            Q(
                "People should understand that if they are overweight, smoking and drinking then the risks are not just adding to each other, they are going to multiply each other.",
                MB,
                P,
                NIR,
            ),
            Q(
                "This is no way suggests that you can avoid the risks of alcohol by changing the other things in your life. What you can do is bring down some of the overlap and multiplicative effects.",
                MB,
                P,
                NIR,
            ),
            Q(
                "This highlights the importance of wider social, economic and behavioural factors in understanding alcohol-related harm. It suggests health risks from alcohol are much greater when combined with smoking, poor diet and low levels of physical activity.",
                "James Nicholls",
                P,
                "altered",
                rel=(
                    "This research highlights the importance of wider social",
                    "low levels of physical activity.",
                ),
                edits=[
                    ("delete", "research", "", False),
                    ("delete", "that", "", False),
                ],
                note="'This research highlights' -> 'This highlights'; 'suggests that' -> 'suggests'. The rest of the release quotation is cut at a sentence end.",
            ),
        ],
        claims=[
            C(
                "the affluent can get away with drinking too much because they are less likely to have other bad habits that amplify the dangers of alcohol",
                "study published in BMC Public Health",
                D,
                "distorted",
                rel=(
                    "The study, conducted in England and published in the open access journal BMC Public Health",
                    "effectively multiply the risks of ill health.",
                ),
                how="other",
                note="'the first study of its kind concludes'. The release says deprived heavy drinkers more often combine drinking with other risky behaviours, which multiply the risks; it does not say the affluent 'can get away with drinking too much' (Bellis says the opposite in the same story). 'first study of its kind' is not in the release.",
            ),
            C(
                "they have an answer: poorer drinkers are more likely get sick because they also tend to be overweight smokers who do not eat their greens, magnifying their risks",
                BA,
                O,
                "supported",
                rel=(
                    "New research from a collaboration including Bangor University",
                    "the alcohol harm paradox.",
                ),
                note="'researchers believe that'; the institution named for the study's leader. The release itself presents the finding as explaining the paradox.",
            ),
            C(
                "Combining unhealthy habits increases the risk of illness by more than the sum of their parts, with drinking and smoking twice as dangerous as the individual risks would imply",
                BA,
                O,
                NIR,
                note="'the scientists warn'. The first half is in the release ('do not just add ... effectively multiply the risks'), but 'twice as dangerous' has no counterpart (number convention). Read on substance it is distorted/numbers.",
            ),
            C(
                "83 per cent of poorer people who drink more than recommended levels have at least one other unhealthy habit, compared with 67 per cent of richer drinkers",
                BA,
                O,
                "supported",
                rel="For those drinkers at increased risk, 66.9% of those living in non-deprived areas were found to have at least one other health risk behavior, compared with 83.2% of those living in deprived areas.",
                note="'Public health experts have questioned 6,000 people ..., finding that': the study team, given its lead institution. Rounded figures.",
            ),
            C(
                "risky drinkers as men who had more than 21 units a week and women who had more than 14",
                "study published in BMC Public Health",
                D,
                "supported",
                rel=(
                    "The researchers found that people living in deprived areas who drank at levels consistent with increased risks to health",
                    "more than 14 units per week",
                ),
                note="'The study defined'; a method statement, arguably not a reported claim.",
            ),
            C(
                "such guidance ought to warn people that the risks are greater if they also have generally unhealthy lifestyles",
                MB,
                P,
                NIR,
                note="'Professor Bellis said that'. The release's researchers say harms should not be viewed in isolation and better understanding is needed to target information on drinking, but make no call about official guidance.",
            ),
        ],
    )
)

# 5
USP = "University of Sao Paulo"
ST5 = "new study"
STORIES.append(
    dict(
        story_id="news-25-052-washingtonpost.com",
        story_note="Live Science story in the Washington Post. Headline and subheading left out; the quoted term 'ultraprocessed' is not a quotation. 'The researchers' are given the institution the story names for their leader (Euridice Martinez Steele, University of Sao Paulo). The study is called 'a new study' (journal not named). The method sentence 'the researchers looked at ...' and the food-group definitions have no cue and are not annotated.",
        quotes=[
            Q(
                "formulations of several ingredients",
                ST5,
                D,
                "verbatim",
                rel="Ultra-processed foods are formulations of several ingredients.",
                note="Partial quotation of the study's definition ('were defined as').",
            ),
            Q(
                "Limiting the consumption of ultraprocessed foods may be a highly effective way to decrease added sugars,",
                USP,
                O,
                "paraphrase",
                rel="Cutting back on the consumption of ultra-processed foods could be an effective way of curbing excessive added sugar intake in the US, conclude the researchers.",
                note="'wrote the researchers' (the paper). The release's closing narrative says the same in other words; the quotation adds 'highly'. not_in_release is defensible (words from the paper).",
            ),
            Q(
                "most likely contributing",
                USP,
                O,
                NIR,
                note="Partial quotation ('they added'). The words are not in the release.",
            ),
        ],
        claims=[
            C(
                "“Ultraprocessed” foods make up more than half of all calories in the average American diet and account for nearly 90 percent of all added sugars",
                ST5,
                D,
                "supported",
                rel="'Ultra-processed' foods make up more than half of all calories consumed in the US diet, and contribute nearly 90% of all added sugar intake, finds research published in the online journal BMJ Open.",
            ),
            C(
                "Ultraprocessed foods were defined as “formulations of several ingredients” that, besides sugar, salt, oils and fats, included such additives as flavors, colors, sweeteners and emulsifiers",
                ST5,
                D,
                "supported",
                rel=(
                    "Ultra-processed foods are formulations of several ingredients.",
                    "designed to mimic the qualities of 'real foods'.",
                ),
                note="Passive definition, read as the study's (mixed quotation: also a quotation entry). Colours and sweeteners are not named in the release's examples.",
            ),
            C(
                "This ultraprocessed classification included breads; soft drinks, fruit drinks and milk-based drinks; cakes, cookies and pies; salty snacks; frozen foods; and pizza and breakfast cereals",
                ST5,
                D,
                "supported",
                rel="Ultra-processed foods include mass produced soft drinks; sweet or savoury packaged snacks; confectionery and desserts; packaged baked goods; chicken/fish nuggets and other reconstituted meat products; instant noodles and soups.",
                note="'according to the study'. Partly supported: soft drinks, snacks, cakes/baked goods match the release's list; breads, fruit and milk drinks, frozen foods, pizza and cereals are not in it. not_in_release or distorted/other are defensible.",
            ),
            C(
                "the more ultraprocessed foods that people eat, the more likely they are to exceed the recommended daily limit for added sugars in the diet",
                USP,
                O,
                "supported",
                rel=(
                    "Furthermore, the proportion of people exceeding the recommended upper limit",
                    "among those who ate the most ultra-processed foods.",
                ),
            ),
            C(
                "calories from sugars should account for no more than 10 percent of a person’s daily calories",
                "Dietary Guidelines for Americans",
                D,
                "supported",
                rel="Furthermore, the proportion of people exceeding the recommended upper limit of 10% of energy from added sugars",
                note="'The new Dietary Guidelines for Americans recommend that', in the journalist's parenthesis. The release gives 10% as the recommended upper limit without naming the guidelines.",
            ),
            C(
                "Consuming too much added sugar is “most likely contributing” to growing levels of obesity, Type 2 diabetes and heart disease",
                USP,
                O,
                "supported",
                rel=(
                    "Several leading health bodies, including the World Health Organization",
                    "and tooth decay.",
                ),
                note="'they added' (the researchers). In the release the health bodies, not the researchers, conclude that excess added sugar raises the risk of obesity and diabetes (and so of cardiovascular disease). Mixed quotation: also a quotation entry.",
            ),
            C(
                "unprocessed or minimally processed foods contributed to, on average, 29.6 percent of a person’s total daily calories; processed foods contributed to 9.4 percent of a person’s total daily calories",
                USP,
                O,
                NIR,
                note="'The researchers found that'; the 29.6 and 9.4 per cent are not in the release (number convention).",
            ),
            C(
                "Ultraprocessed foods, on the other hand, accounted for 57.9 percent of calories, or nearly 3 out of every 5 calories consumed",
                USP,
                O,
                "supported",
                rel="Ultra-processed foods made up over half of total calorie intake (just under 60%) and contributed almost 90% of energy intake from added sugars.",
                note="'the researchers wrote in the study'. 57.9 per cent is not in the release, but it is the release's 'just under 60%' made precise and the story restates it as 'nearly 3 out of every 5'; so supported, not not_in_release.",
            ),
        ],
    )
)

# 6
CU = "Cardiff University"
STORIES.append(
    dict(
        story_id="news-25-092-A&E_beer_tax_Daily_Star_July_12,_2016_Tuesda",
        story_note="97-word Daily Star item inside LexisNexis download furniture (left out, as is the headline). 'experts' and 'they' are the researchers, whom the story names as 'The Cardiff University team'. The method sentence ('looked at data ...') is not annotated.",
        quotes=[
            Q(
                "The additional tax revenue gained, estimated at close to £1billion a year, could be used to offset the cost of alcoholrelated harm to the NHS.",
                CU,
                O,
                "altered",
                rel="The additional tax revenue gained, estimated at close to £1 billion a year, would be at the Treasury's disposal, and could be used to offset the cost of alcohol related harm to the NHS.",
                edits=[("delete", "would be at the Treasury's disposal, and", "", False)],
                note="'They said' (the Cardiff University team). A clause is dropped without an omission mark; '£1billion' and 'alcoholrelated' are spacing slips.",
            ),
        ],
        claims=[
            C(
                "A SMALL alcohol tax could cut A&E visits caused by violence by more than 6,000 a year",
                CU,
                O,
                "supported",
                rel=(
                    "A small rise in duty imposed on alcohol sold in retail outlets",
                    "suggests research published online in Injury Prevention.",
                ),
                note="'say experts', resolved to the Cardiff University team the story names. 'more than 6,000' vs the release's 'an annual 6000' / 'around 6000'; the release's parts (4260 + 1788) do add to just over 6,000.",
            ),
            C(
                "Putting a duty of just 1% above inflation on drinks sold in shops, supermarkets, pubs and restaurants could be more effective than introducing a minimum price for a unit of alcohol",
                CU,
                O,
                "supported",
                rel="This approach might be more effective at curbing the toll of injuries sustained through violence than minimum unit pricing for alcohol, suggest the researchers.",
                note="'they say'.",
            ),
        ],
    )
)

# 7
HC = "House of Commons Health Committee report"
STORIES.append(
    dict(
        story_id="news-29-036-express.co.uk",
        story_note="Headline (with its quotation 'reduce threat of serious condition by 25%') and byline left out. 'The cholesterol lowering pills ... reduces the threat of the condition by up to 25 per cent' has no cue of its own and is not annotated (the release says between 15 and 25 per cent). The journalist's background on blood clots and 'The research ... may lead to new health guidelines' (unattributed, from the release) are not annotated.",
        quotes=[
            Q(
                "These findings underscore a potential beneficial role of statin therapy on VTE in addition to its established role in cardiovascular disease prevention.",
                "Kamlesh Khunti",
                P,
                "verbatim",
                rel="These findings underscore a potential beneficial role of statin therapy on VTE in addition to its established role in cardiovascular disease prevention.",
            ),
            Q(
                "Currently, statins are only approved for lipid lowering in the primary and secondary prevention of cardiovascular disease.\n\n“But they have shown great promise beyond their established lipid lowering effects and these include potential beneficial impact on multiple disease conditions.\n\n“These results provide an extensive body of evidence on the clinical benefit of statin in the occurrence of VTE and may support a true protective effect.",
                "Setor Kunutsor",
                P,
                "verbatim",
                rel=(
                    "Currently, statins are only approved for lipid lowering",
                    "may support a true protective effect.",
                ),
                note="One quotation over three paragraphs (each re-opens the mark, only the last closes it).",
            ),
            Q(
                "is more than the combined total of deaths from breast cancer, AIDS and traffic accidents, and more than 25 times the number who die from MRSA",
                HC,
                D,
                NIR,
            ),
        ],
        claims=[
            C(
                "STATINS could prevent potentially fatal blood clots - the leading cause of hospital deaths",
                "research published in The Lancet Haematology",
                D,
                "distorted",
                rel="Statins could hold the key to eradicating one of the most preventable causes of hospital deaths after researchers uncovered a new role for the cholesterol-lowering pill.",
                how="other",
                note="'according to new research'. The release calls VTE 'one of the most preventable causes of hospital deaths'; the story makes it 'the leading cause'. The prevention claim itself matches.",
            ),
            C(
                "the drugs were likely to cut the risk of the deadly condition by reducing inflammation - one of the factors involved in clot formation",
                "research published in The Lancet Haematology",
                D,
                NIR,
                note="'The study found'; the release gives no mechanism.",
            ),
            C(
                "every year in England an estimated 25,000 deaths occur as a result of hospital-acquired VTE",
                HC,
                D,
                NIR,
            ),
            C(
                "the estimated number of deaths due to VTE, “is more than the combined total of deaths from breast cancer, AIDS and traffic accidents, and more than 25 times the number who die from MRSA”",
                HC,
                D,
                NIR,
                note="Mixed quotation: also a quotation entry.",
            ),
            C(
                "deaths from hospital blood clots are preventable",
                "Government",
                O,
                "supported",
                rel="Statins could hold the key to eradicating one of the most preventable causes of hospital deaths after researchers uncovered a new role for the cholesterol-lowering pill.",
                note="'The Government recognises that'. An outside body, supported because the release calls VTE one of the most preventable causes of hospital deaths.",
            ),
            C(
                "all patients admitted to hospital should be assessed for their risk of developing blood clots, and measures to reduce this risk should be taken when appropriate",
                "Government",
                O,
                NIR,
                note="'has recommended that'.",
            ),
        ],
    )
)

# 8
ST8 = "study published in the BMJ"
STORIES.append(
    dict(
        story_id="news-25-022-Mail Online",
        story_note="MailOnline (LexisNexis copy). Headline (with its quotation), byline and the four bullet standfirst lines left out. 'unipolar' and 'highs' are quoted terms. The researchers are never given an institution, so 'researchers' is null. Sentences without a cue of their own (1.1 per cent yearly risk, the prescription shares, '34 to 35 per cent', 'The findings held true', risk factors) are not annotated; 'Researchers weren't able to draw firm conclusions about cause and effect' states no claim content of theirs and is not annotated. The release is BMJ Open; the story says the BMJ.",
        quotes=[
            Q(
                "However, regardless of underlying diagnoses or aetiology the association of antidepressant therapy with mania demonstrated in the present.\n\n'And previous studies highlight the importance of considering whether an individual who presents with depression could be at high risk of future episodes of mania.",
                ST8,
                D,
                "altered",
                rel=(
                    "However, regardless of underlying diagnosis or aetiology",
                    "could be at high risk of future episodes of mania",
                ),
                edits=[
                    ("replace", "diagnosis", "diagnoses", False),
                    ("replace", "highlights", "highlight", False),
                ],
                note="'The study said'. One quotation over two paragraphs (the first is not closed). The story breaks the release's sentence after 'in the present' (a full stop and a new paragraph), so 'previous studies' becomes the subject of 'highlight' and the first part is left without a verb. By the guide the break is punctuation and highlights->highlight is agreement, so no edit is marked significant; read as a changed subject it would be significant.",
            ),
            Q(
                "Our findings also highlight an ongoing need to develop better ways to predict future risk of mania in people with no prior history of bipolar disorder who present with an episode of depression.",
                None,
                P,
                "verbatim",
                rel=(
                    "Our findings also highlight an ongoing need",
                    "who present with an episode of depression,",
                ),
                note="'The researchers added'; the story names no institution for them.",
            ),
        ],
        claims=[
            C(
                "Taking certain antidepressants for depression can increase your risk of developing other mental health conditions",
                None,
                P,
                "distorted",
                rel="Taking certain antidepressants for depression is linked to a heightened risk of subsequent mania and bipolar disorder, reveals research published in the online journal BMJ Open.",
                how="causal",
                note="'experts have warned'. 'is linked to' -> 'can increase'.",
            ),
            C(
                "Two common types of the drugs - serotonin reuptake inhibitors (SSRIs) and venlafazine - were found to carry the highest risks of later diagnoses of mania and bipolar disorder",
                ST8,
                D,
                "supported",
                rel="The strongest association seemed to be for serotonin reuptake inhibitors, or SSRIs for short, and the dual action antidepressant venlafaxine, the analysis indicated.",
                note="Passive 'were found'. 'strongest association seemed to be' -> 'carry the highest risks': the hedge 'seemed' is dropped; stronger is defensible.",
            ),
            C(
                "Patients prescribed the medication for major depression were found to be 35 per cent more likely to develop bipolar or mania",
                ST8,
                D,
                "supported",
                rel="These drugs were associated with a 34-35% increased risk of being diagnosed with bipolar disorder and/or mania.",
                note="Passive 'were found'. 'the medication' read as the two drug types of the previous sentence; read as all antidepressants it would be distorted/population.",
            ),
            C(
                "whether the diagnoses are more closely tied to latent bipolar disorder or the antidepressants",
                None,
                P,
                "supported",
                rel="This is an observational study so no firm conclusions can be drawn about cause and effect, and the researchers point out that their findings may be explained by latent bipolar disorder rather than any effects of drug treatment.",
                note="'researchers aren't clear whether'; arguably not a reported claim.",
            ),
            C(
                "scientists need to develop better ways to predict future risks of mania or bipolar",
                ST8,
                D,
                "supported",
                rel=(
                    "Our findings also highlight an ongoing need to develop better ways",
                    "who present with an episode of depression,",
                ),
                note="'The study concluded that'.",
            ),
            C(
                "the peak age for diagnoses in the patients was between 26 and 35 - and that the age group carried yearly risks of 1.2 per cent",
                None,
                P,
                "supported",
                rel="The peak age for diagnosis was seen among patients aged 26 to 35, among whom the yearly risk was 1.2% (12.3/1000 patient years).",
                note="'Researchers determined that'.",
            ),
            C(
                "those who took antidepressants at some point had a higher risks of later being diagnosed with bipolar disorder or mania",
                None,
                P,
                "distorted",
                rel="Previous treatment with certain antidepressants was associated with a heightened risk of a subsequent diagnosis of bipolar disorder and/or mania, the yearly risk of which ranged from 1.3% to 1.9% (13.1 to 19.1/1000 patient years).",
                how="population",
                note="'Researchers found'. The release says 'certain antidepressants'; the story says those who took antidepressants. Could be called other.",
            ),
            C(
                "the heightened risk was most closely associated with SSRIs and venlafazine",
                ST8,
                D,
                "supported",
                rel="Further analysis revealed that this heightened risk was particularly associated with treatment with SSRIs and venlafaxine.",
                note="'Additional analysis showed that'.",
            ),
            C(
                "the association could be tied to latent bipolar disorder",
                None,
                P,
                "supported",
                rel="This is an observational study so no firm conclusions can be drawn about cause and effect, and the researchers point out that their findings may be explained by latent bipolar disorder rather than any effects of drug treatment.",
                note="'they did concede that' (the researchers).",
            ),
        ],
    )
)

# 9
MM = "Maxwell Mclean"
UH = "University of Huddersfield"
ST9 = "study published in the Journal of Clinical Pathology"
STORIES.append(
    dict(
        story_id="news-25-191-dailymail.co.uk",
        story_note="Headline, the three bullet standfirst lines, byline and share furniture left out. The release names no author; the story gives the quotations to Dr Maxwell Mclean of the University of Huddersfield. 'verdicts' and 'narrative' are quoted terms. Sentences without a cue of their own (the officials 'don't seem able to agree', the scenario outcomes, 'Coroners would sometimes adopt polar opposites') are not annotated. Mclean's first quotation says 'some four per cent' of deaths are reported to coroners; the release says nearly half (45%).",
        quotes=[
            Q(
                "They investigate all deaths thought to be violent, unnatural or of unknown cause with a view to determining who the deceased was, when and where they died and crucially, how they died.\n\n'There are about 507,000 deaths every year in England and Wales, some four per cent of which will be reported to coroners.\n\n'There are currently 92 separate local coroner areas, each with their own senior coroner.\n\n'Reliable death investigation outcomes and consistent classification are important because the process points up how our fellow citizens leave life in ways which are unusual and in many cases preventable.\n\n'We should expect from the investigation process two things; that similar deaths in similar circumstances are treated in comparable ways across areas, and that the categories into which deaths are placed bear the closest possible relationship to the circumstances of their deaths.",
                MM,
                P,
                NIR,
                note="One quotation over five paragraphs. The first three restate release narrative (the 92 areas sentence word for word; '507,000' but 'four per cent' where the release has 45%), the last two have no counterpart, so the entry is not_in_release (dev gold Celis-Morales case).",
            ),
            Q(
                "Causes of death, informed by accurate classification and a consistent approach, are the starting point for setting priorities for preventative social policy and medicine.\n\n'This is how we keep people alive. Yes, it matters.",
                MM,
                P,
                NIR,
                note="One quotation over two paragraphs. Only 'This is how we keep people alive' is in the release (the author's quotation); the rest has no counterpart.",
            ),
            Q(
                "the osteoporosis was the underlying natural disease which resulted in the fracture and set in motion the train of events that led to the death",
                None,
                P,
                "verbatim",
                rel="the osteoporosis was the underlying natural disease which resulted in the fracture and set in motion the train of events that led to the death",
                note="A coroner's comment ('comments for scenario 2 included'); unnamed.",
            ),
            Q(
                "even though there is osteoporosis, there is still the trauma which caused the fracture",
                None,
                P,
                "verbatim",
                rel="even though there is osteoporosis, there is still the trauma which caused the fracture",
                note="A coroner's comment; unnamed.",
            ),
            Q(
                "Coroners faced with identical case information arising from a death may make widely different decisions affecting the outcome, including whether to investigate, advance to inquest and the appropriate choice of conclusion.\n\n'Disparity appears to arise from coroners' personal interpretation of the facts.\n\n'They will sometimes adopt polar opposite positions with identical evidence.\n\n'If coroners cannot agree on what caused a person's death, or whether the death was even reportable or not, then the desired prevention of future deaths becomes a difficult task.\n\n'Inconsistency in coroner practice and decision-making across England and Wales is known but little understood.\n\n'The present research identifies prima-facie disparity in outcomes, with important consequences for bereaved families and a national understanding of the profile of causes of death.",
                MM,
                P,
                "paraphrase",
                rel=(
                    "But they still arrived at widely different outcomes",
                    "becomes a difficult task.",
                ),
                note="'Dr Mclean concluded'. One quotation over six paragraphs (the last is never closed). The fourth paragraph is the author's quotation in the release word for word; the others restate the release's narrative in other words (widely different outcomes, personal interpretation, polar opposites, inconsistencies not understood, implications for bereaved families), probably from the paper's abstract. not_in_release is defensible for the entry as a whole.",
            ),
        ],
        claims=[
            C(
                "Coroners fail to provide a true picture of deaths in England and Wales",
                ST9,
                D,
                "distorted",
                rel="Coroners in England and Wales don’t seem able to agree on what caused a person’s death or whether the death merits an inquest or not—despite being faced with identical case information—reveals a small study published online in the Journal of Clinical Pathology.",
                how="other",
                note="'a new study has found'. The release reports wide variability in coroners' decisions on fictitious scenarios; it does not say coroners fail to give a true picture of deaths.",
            ),
            C(
                "the disparities were down to the role of each individual coroner and their own personal judgements and decision making",
                UH,
                O,
                "distorted",
                rel="But they still arrived at widely different outcomes, a disparity that seems to arise from coroners’ personal interpretation of the facts, suggests the author.",
                how="stronger",
                note="'University of Huddersfield researchers found'. The release's author 'suggests' the disparity 'seems to arise' from personal interpretation.",
            ),
            C(
                "coroner's courts to be subject to extensive national guidance in an attempt to limit inconsistent decision-making, as the CPS and criminal courts are",
                UH,
                O,
                "distorted",
                rel="This wide variability in decision-making and practice has important implications for bereaved families and the prevention of avoidable deaths, says the author, who calls for a national coroner consensus as a matter of urgency.",
                how="other",
                note="'They called for'. The release's call is for a 'national coroner consensus'; national guidance like the CPS's is not in it. not_in_release is defensible.",
            ),
            C(
                "coroners first had to decide whether to accept a death for investigation, then whether to hold an inquest, and then reach one of six conclusions or 'verdicts.'",
                MM,
                P,
                NIR,
                note="'Dr Mclean added'; the release does not describe the stages or six conclusions. Span ends with the story's closing mark and full stop after the quoted term.",
            ),
            C(
                "there was little consensus on the conclusions reached despite the coroner's being given identical information for all three scenarios",
                ST9,
                D,
                "supported",
                rel="There was little consensus on the conclusions reached among the 35 coroners who completed the task, despite having been given identical information for all three scenarios.",
                note="'The study found'.",
            ),
            C(
                "there was not enough information to make a decision",
                None,
                P,
                "supported",
                rel="And some said there was not enough information to make a decision.",
                note="'some said' (coroners taking part).",
            ),
        ],
    )
)

# 10
TO = "Thomas Ong"
ST10 = "study published in Breast Cancer Research"
STORIES.append(
    dict(
        story_id="news-26-019-dailymail.co.uk",
        story_note="Headline and the three standfirst lines (one quotes the researchers: 'has been largely overlooked') left out. The study is in rats. Sentences without a cue of their own are not annotated, among them 'the disease developed more often in those whose fathers had the animal fat-based diet', 'a male's diet before conception may have long-lasting consequences' and 'the damage ... can be undone by eating healthily and exercising' (the release: microRNA changes in male rodents can be normalised).",
        quotes=[
            Q(
                "Risk of chronic diseases, including breast cancer, is accumulated throughout a woman’s lifetime based on her lifestyle, including dietary exposure.\n\n‘What our study shows is that paternal diet also contributes to female offspring breast cancer risk.\n\n‘This suggests a healthier lifestyle by fathers could potentially benefit their future daughters’ health.\n\n‘If this is confirmed in human studies, potential breast cancer prevention strategies could be developed focusing on fathers’ diets during pre-conception.",
                TO,
                P,
                NIR,
                note="One quotation over four paragraphs. Only the last paragraph is in the release (Ong's quotation, word for word); the first three have no counterpart, so the entry is not_in_release. Split by paragraph it would be NIR, NIR, NIR, verbatim.",
            ),
        ],
        claims=[
            C(
                "Men who feast on fatty food are raising the odds of their future daughters suffering from breast cancer",
                ST10,
                D,
                "distorted",
                rel="The dietary habits of rat fathers may affect their daughters' breast cancer risk, a study in 60 male rats and their offspring has found.",
                how="population",
                note="'research suggests'. Rat fathers become men; 'may affect' also becomes 'are raising' (stronger).",
            ),
            C(
                "although males provide half of their baby’s DNA, the effect of their health on their children has been largely overlooked",
                "University of Sao Paulo",
                O,
                NIR,
                note="'The scientists said' (the University of Sao Paulo team). Related to Ong's 'information concerning the influence of paternal factors on their daughters' breast cancer risk is very limited', but the DNA point and the general claim about children's health are not in the release; distorted/other is defensible.",
            ),
            C(
                "These females also developed more tumours, more quickly than those sired by males on a vegetable-oil rich diet",
                "Breast Cancer Research",
                D,
                "supported",
                rel="Offspring of corn-oil fed rats also had longer tumor latency - it took tumors longer to start growing - and fewer tumors compared to the offspring of male rats fed a lard-based diet.",
                note="'the journal Breast Cancer Research reports'.",
            ),
            C(
                "tiny genetic changes in the DNA sperm of the lard-eating males also appeared in the breast tissue of their daughters",
                ST10,
                D,
                "distorted",
                rel="They showed that both male rats and their female offspring exhibited changes in microRNAs and proteins that could affect processes including cell growth, cell survival or cell death.",
                how="other",
                note="'Further tests showed'. The release reports changes in microRNA and protein expression in both fathers and daughters, not DNA changes passed from the lard-fed fathers' sperm to the daughters' breast tissue.",
            ),
            C(
                "it is possible a fatty diet may put sons at risk of other cancers",
                TO,
                P,
                NIR,
                note="'he says'.",
            ),
        ],
    )
)

# 11
SM = "Simon Moore"
STORIES.append(
    dict(
        story_id="news-26-024-metro.co.uk",
        story_note="Headline and byline left out. Moore's quotations are the release's, though the story says he 'told MailOnline'. 'imagine' inside his quotation is part of it. The journalist's jokes ('you may not have been as embarrassingly sloshed'), the background on past studies and the method sentences are not annotated.",
        quotes=[
            Q(
                "This has very important implications for how we might work to reduce excessive alcohol consumption.\n\n‘We could either work to reduce the number of very drunk people in a drinking environment, or we could increase the number of people who are sober. Our theory predicts the latter approach would have greatest impact.",
                SM,
                P,
                "verbatim",
                rel=(
                    "This has very important implications for how we might work",
                    "the latter approach would have greatest impact.",
                ),
                note="One quotation over two paragraphs; the second is never closed.",
            ),
            Q(
                "Researchers have historically worked under the assumption that those who drink most alcohol incorrectly ‘imagine’ everyone else also drinks to excess,",
                SM,
                P,
                "verbatim",
                rel="Researchers have historically worked under the assumption that those who drink most alcohol incorrectly 'imagine' everyone else also drinks to excess.",
            ),
            Q(
                "It turns out that irrespective of how much someone has drunk, if they observe others who are more drunk than they are, they feel less at risk from drinking more.",
                SM,
                P,
                "verbatim",
                rel="It turns out that irrespective of how much someone has drunk, if they observe others who are more drunk than they are, they feel less at risk from drinking more.",
            ),
        ],
        claims=[
            C(
                "we assess how drunk we are based on the drunkenness of those around us, rather than how much we’ve actually drunk",
                "study published in BMC Public Health",
                D,
                "distorted",
                rel="When drunk and surrounded by other drinkers, people's judgements of their own levels of intoxication and the associated risks are related to the drunkenness of their peers, not on the objective amount of alcohol they have actually consumed, according to a study published in the open access journal BMC Public Health.",
                how="causal",
                note="'New research has shown that'. The release says judgements 'are related to' peers' drunkenness and that the observational study cannot show cause and effect; the story says we assess our drunkenness 'based on' others'.",
            ),
            C(
                "to be the first to look at how people judge their own drunkenness and the health consequences of alcohol while actually being out for a drink",
                "study published in BMC Public Health",
                D,
                "supported",
                rel="The study is the first to examine how people judge their own drunkenness and the health consequences of their drinking, whilst intoxicated and in real-world drinking environments.",
                note="'The study ... claims'.",
            ),
        ],
    )
)

# 12
HM = "Hospital del Mar, Cualtis and Eli Lilly"
ST12 = "study published in BMC Public Health"
STORIES.append(
    dict(
        story_id="news-26-012-dailymail.co.uk",
        story_note="Headline, the four bullet standfirst lines and byline left out. 'metabolically healthy', 'fat but healthy', 'fat and healthy', 'fat and unhealthy' are quoted labels, not quotations. 'The researchers' are given the institutions the story names for them ('from Hospital del Mar, Cualtis and Eli Lilly, Spain'). The opening generic 'we're warned' / 'we're told' lines are the journalist's framing and are not annotated. Many sentences without a cue of their own (inflammation and insulin signalling, the risk-factor lists, the method, 99.5/97.8 per cent, 'particularly effective ... as opposed to the unemployed') are not annotated. The story lists four of the five metabolic syndrome criteria (it drops blood pressure), in an unattributed method sentence.",
        quotes=[
            Q(
                "Implementing health promotion programs in working people could stop them transitioning to metabolically unhealthy, risking high blood pressure, diabetes and cardiovascular disease.",
                "Albert Goday",
                P,
                "altered",
                rel="The implementation of health promotion programs in this population could reduce the likelihood of transition to a metabolically unhealthy phenotype and/or the risk of developing hypertension, diabetes and cardiovascular disease.",
                edits=[
                    ("replace", "The implementation of", "Implementing", False),
                    ("replace", "this population", "working people", False),
                    (
                        "replace",
                        "reduce the likelihood of transition",
                        "stop them transitioning",
                        True,
                    ),
                    ("delete", "a", "", False),
                    ("delete", "phenotype", "", False),
                    (
                        "replace",
                        "and/or the risk of developing hypertension",
                        "risking high blood pressure",
                        False,
                    ),
                ],
                note="The structure and key words are the release's, so altered rather than paraphrase. 'reduce the likelihood of transition' -> 'stop them transitioning' makes the effect certain (significant).",
            ),
        ],
        claims=[
            C(
                "it is possible to be fat but 'metabolically healthy'",
                ST12,
                D,
                "supported",
                rel="About half of obese individuals in a working population in Spain are metabolically healthy - they are obese but do not present metabolic abnormalities like disturbed insulin signaling or inflammation, according to a study published in the open access journal BMC Public Health.",
                note="'a new study has found'.",
            ),
            C(
                "'Fat but healthy' people - who tend to be female and young - are less likely to suffer disease than those who are not obese but are considered metabolically unhealthy",
                HM,
                O,
                "distorted",
                rel=(
                    "While metabolically healthy obese individuals could be at a lower risk than metabolically unhealthy individuals",
                    "coronary heart disease",
                ),
                how="stronger",
                note="'researchers said'. The release: 'could be at a lower risk' than metabolically unhealthy individuals, and previous studies suggest a raised long-term risk; the story states it as fact.",
            ),
            C(
                "unhealthy people are more likely to smoke, drink heavily and do no exercise",
                HM,
                O,
                "supported",
                rel="Factors found to be most strongly associated with being metabolically unhealthy were BMI and age, high cholesterol, being male, a smoker or a heavy drinker, and lack of physical exercise.",
                note="'they found'.",
            ),
            C(
                "more than half of those who are obese had no alarming changes to their metabolism, and so can be considered healthy",
                HM,
                O,
                "supported",
                rel="Out of the overweight group, 87.1% were found to be metabolically healthy, while 55.1% were found to be metabolically healthy in the obese group.",
                note="'Researchers looking at a group of workers found'.",
            ),
            C(
                "people who are 'fat but healthy' are more likely to be women and tend to be younger",
                HM,
                O,
                "supported",
                rel="The researchers found that overweight and obese individuals who were metabolically healthy tended to be younger and were more likely to be women.",
                note="'They found'.",
            ),
            C(
                "15.5 per cent of those in the study were obese",
                HM,
                O,
                "supported",
                rel=(
                    "As part of the ICARIA study, the researchers gathered information",
                    "of whom were obese.",
                ),
                note="'They found'.",
            ),
            C(
                "Of those that were overweight 87.1 per cent were found to be healthy",
                ST12,
                D,
                "supported",
                rel="Out of the overweight group, 87.1% were found to be metabolically healthy, while 55.1% were found to be metabolically healthy in the obese group.",
                note="Passive 'were found' (blind2 convention).",
            ),
            C(
                "55.1 per cent of those considered obese were also found to be healthy on this measure",
                ST12,
                D,
                "supported",
                rel="Out of the overweight group, 87.1% were found to be metabolically healthy, while 55.1% were found to be metabolically healthy in the obese group.",
                note="Passive 'were found'.",
            ),
            C(
                "results are influenced by which definition of metabolic health is used - and that more stringent tests led to obese people being considered unhealthy",
                HM,
                O,
                "distorted",
                rel=(
                    "Even though the prevalence of metabolic health was found to be relatively high",
                    "were found to be metabolically unhealthy.",
                ),
                how="population",
                note="'The authors noted that'. Under the stricter criteria the release says 'the most obese study subjects' previously counted healthy became unhealthy; the story says obese people. The first half is supported. Could be called other.",
            ),
            C(
                "Fat but healthy people could be at a lower risk of developing type 2 diabetes, high blood pressure and heart disease than people of any weight considered unhealthy",
                HM,
                O,
                "supported",
                rel=(
                    "While metabolically healthy obese individuals could be at a lower risk than metabolically unhealthy individuals",
                    "coronary heart disease",
                ),
                note="'they said'.",
            ),
            C(
                "previous studies have found 'fat and healthy' people may still be at an increased risk of these conditions as they are simply not yet showing symptoms",
                HM,
                O,
                "supported",
                rel=(
                    "previous studies have found that metabolically healthy obese individuals show subclinical",
                    "increased long-term risk of diabetes and cardiovascular events.",
                ),
                note="'they cautioned' (the researchers, citing previous studies). The release's 'subclinical (pre-symptomatic) signs' become 'not yet showing symptoms'; 'these conditions' includes high blood pressure, which the release's sentence does not name.",
            ),
            C(
                "Targeting this group could stop healthy obese and overweight people from becoming unhealthy",
                HM,
                O,
                "supported",
                rel="Targeted interventions may prevent metabolically health obese and overweight individuals from becoming unhealthy, according to the researchers.",
                note="'the researchers said'.",
            ),
        ],
    )
)


# ---------------------------------------------------------------------------------------------
# Second pass (pick_blind4.py, "# second pass"): the 10 candidates the first pass did not draw,
# all second stories of the 12 releases above. Same guide, same conventions.
# ---------------------------------------------------------------------------------------------


def _latimes_items(story):
    """news-25-052-latimes.com and news-25-052-chicagotribune.com carry the same LA Times story
    (they differ by one space, 'ongoingNational'), so they get the same items.
    """
    MO = "Carlos A. Monteiro"
    ST = "study published in BMJ Open"
    quotes = [
        Q(
            "undesirable qualities",
            USP,
            O,
            NIR,
            note="Two-word partial quotation inside the researchers' definition ('The researchers defined ... as'). The release speaks of additives 'designed to mimic the qualities of real foods', not of masking undesirable qualities.",
        ),
        Q(
            "This shows that there is hope.",
            MO,
            P,
            NIR,
            note="Follows 'Monteiro said.'; the release has no quotation.",
        ),
    ]
    claims = [
        C(
            "they can sum up what’s wrong with our diet in just two words: ultra-processed foods",
            USP,
            O,
            NIR,
            note="'Researchers who have analyzed America's eating habits say'; the institution named for the senior author (Monteiro). A framing the release does not carry (it reports shares of calories and added sugar). distorted/other is defensible.",
        ),
        C(
            "they delivered 90% of the added sugars that Americans ate and drank",
            ST,
            D,
            "supported",
            rel="'Ultra-processed' foods make up more than half of all calories consumed in the US diet, and contribute nearly 90% of all added sugar intake, finds research published in the online journal BMJ Open.",
            note="'according to a study published Wednesday in the medical journal BMJ Open'. The cue closes the second sentence only; the first ('make up 58% of all calories') has no cue of its own and is not annotated.",
        ),
        C(
            "Americans to get no more than 10% of their total calories in the form of added sugars",
            None,
            P,
            "supported",
            rel="They looked at the average dietary content of added sugars and the proportion of people who consumed more than 10% of their total energy intake--the maximum recommended limit--from this source.",
            note="'Government health experts advise'; unnamed experts, null speaker. The release gives 10% as the maximum recommended limit without naming who recommends it.",
        ),
        C(
            "71% of American adults exceeded that 10% goal, and that added sugars accounted for 15% of all the calories they consumed",
            "Centers for Disease Control and Prevention",
            O,
            NIR,
            note="'Researchers from the Centers for Disease Control and Prevention have said that'; an earlier CDC finding, not in the release.",
        ),
        C(
            "More than 75% of the sugar and high-fructose corn syrup eaten by Americans was used by the food industry",
            "U.S. Department of Agriculture",
            O,
            NIR,
            note="'according to data from the U.S. Department of Agriculture'.",
        ),
        C(
            "ultra-processed foods as those that used artificial flavors, colors, sweeteners, stabilizers and other additives to make them taste like real food or mask their “undesirable qualities.”",
            USP,
            O,
            "supported",
            rel=(
                "Besides salt, sugar, oils and fats, they include substances not generally used in cooking",
                "designed to mimic the qualities of 'real foods'.",
            ),
            note="'The researchers defined'; a method statement, annotated as in news-25-052-washingtonpost. Mixed quotation: 'undesirable qualities' is also a quotation entry. 'Mask their undesirable qualities' has no counterpart in the release.",
        ),
        C(
            "Overall, 14% of all calories could be traced to added sugars",
            "National Health and Nutrition Examination Survey",
            D,
            NIR,
            note="'the survey data revealed'. 14% is not in the release (number convention). The following figures (2% and 21% of calories from added sugars) have no cue of their own and are not annotated.",
        ),
        C(
            "The significance of these results is clear, the researchers said: If Americans are ever going to get serious about added sugars, they’ll have to cut way back on ultra-processed foods",
            USP,
            O,
            "distorted",
            rel="Cutting back on the consumption of ultra-processed foods could be an effective way of curbing excessive added sugar intake in the US, conclude the researchers.",
            how="stronger",
            note="Cue in mid-sentence, so the whole sentence is the span (blind2 convention). The release: cutting back 'could be an effective way'; the story: Americans 'will have to' cut back.",
        ),
        C(
            "he wasn’t too surprised to find that ultra-processed foods were such a huge part of the American diet",
            MO,
            P,
            NIR,
            note="'Dr. Carlos A. Monteiro ... said'. His reaction is not in the release (the finding itself is).",
        ),
        C(
            "the average American purchased 307 kilograms (about 677 pounds) of ultra-processed foods and drinks in 2013, far more than the culturally similar Canadians (230 kilograms, or 507 pounds) or residents of the United Kingdom (201 kilograms, or 443 pounds)",
            "previous study",
            D,
            NIR,
            note="'A previous study he worked on found that'.",
        ),
        C(
            "there was so much variation in the amount of ultra-processed foods Americans ate",
            USP,
            O,
            NIR,
            note="'What did surprise the researchers was that'; read as the researchers' view. The release does not speak of variation (only that the lowest fifth stayed under the sugar limit). The next sentence ('one in five got fewer than 30%') has no cue and is not annotated.",
        ),
        C(
            "about 60 million Americans consumed more than 70% of their calories in the form of “real food,”",
            MO,
            P,
            NIR,
            note="'In other words, ..., Monteiro said.' Not in the release. “real food” is a quoted term, not a quotation.",
        ),
    ]
    return dict(
        story_id=story,
        story_note="LA Times story (Karen Kaplan), also carried word for word by the Chicago Tribune. Headline and byline left out. 'The researchers' are given the institution named for the senior author (Carlos A. Monteiro, University of Sao Paulo). Many sentences are the journalist's own or continue a finding without a cue (58% of calories, survey figures, the most popular foods, the quintile figures) and are not annotated. “real food” is a quoted term.",
        quotes=quotes,
        claims=claims,
    )


# 13
STORIES.append(_latimes_items("news-25-052-latimes.com"))

# 14
TR = "Treasury"
ST14 = "study in Injury Prevention"
STORIES.append(
    dict(
        story_id="news-25-092-cityam.com",
        story_note="City A.M. story. Headline, dateline and the subheading 'No further tax plans' left out. 'A university research team' and 'the researchers' are the Cardiff University team the story names. The Treasury's quotations and the government's position are not in the release. The method sentence ('The study analysed visits ...') and the injury-rate sentence have no cue of their own and are not annotated.",
        quotes=[
            Q(
                "The principal finding of this study is that violence-related emergency department attendances were negatively associated with both on-trade and off-trade alcohol prices in England and Wales, after controlling for the effects of poverty, income inequality, youth spending capacity and seasonality,",
                CU,
                O,
                "paraphrase",
                rel="Analysis of the data showed that lower on-trade and off-trade alcohol prices were associated with higher numbers of violence fuelled attendances at emergency care departments, after taking account of poverty, differences in household income, spending power and time of year.",
                note="'the researchers said in the paper': a quotation from the paper. The release's narrative says the same in other words; not_in_release is defensible (paper quotations), as for news-25-052-washingtonpost.",
            ),
            Q(
                "High duty rates penalise responsible drinkers. However, the government recognises the health and social harms associated with problem consumption of alcohol,",
                TR,
                O,
                NIR,
                note="'the spokesperson said' (a Treasury spokesperson; the body is given).",
            ),
            Q(
                "This is why we have taken targeted to encourage responsible alcohol consumption. For example, to encourage the consumption and production of lower strength beer, the government has higher duties on super strength beer and cider.",
                TR,
                O,
                NIR,
                note="A new paragraph with its own marks after the closed previous quotation, no attribution of its own: the same Treasury spokesperson. 'taken targeted' is the story's slip.",
            ),
        ],
        claims=[
            C(
                "a small alcohol tax could cut the number of A&E visits caused by violent injury by more than 6,000 a year",
                CU,
                O,
                "supported",
                rel=(
                    "A small rise in duty imposed on alcohol sold in retail outlets",
                    "suggests research published online in Injury Prevention.",
                ),
                note="'A university research team has proposed'. 'more than 6,000' vs 'an annual 6000', as in news-25-092 (Daily Star): the release's parts (4260 + 1788) add to just over 6,000.",
            ),
            C(
                "it is not planning to pursue any further taxes on alcohol",
                "government",
                O,
                NIR,
                note="'the government has said'.",
            ),
            C(
                "putting a duty of just one per cent on alcoholic drinks served in restaurants, bars and shops could also be more effective than introducing a minimum price for a unit of alcohol",
                CU,
                O,
                "distorted",
                rel="This approach might be more effective at curbing the toll of injuries sustained through violence than minimum unit pricing for alcohol, suggest the researchers.",
                how="other",
                note="'The Cardiff University team ... said'. The release's approach is a rise in duty of 1% above inflation; the story makes it a duty of one per cent. The comparison with minimum pricing is the release's; 'which some experts have advocated' is the journalist's and is left out. supported is defensible if 'duty of one per cent' is read loosely.",
            ),
            C(
                "the tax could raise as much as £1bn for the Treasury each year",
                CU,
                O,
                "supported",
                rel="The additional tax revenue gained, estimated at close to £1 billion a year, would be at the Treasury's disposal",
                note="'It found' (the Cardiff University team). 'as much as' vs 'close to'.",
            ),
            C(
                "nearly 300,000 visits were made for injuries caused by alcohol-related violence",
                ST14,
                D,
                "distorted",
                rel="Between 2005 and 2012, just short of 300,000 visits were made by adults to 100 emergency care departments in England and Wales as a result of injuries sustained during violence, equating to an estimated 2.1 million visits in total across all facilities.",
                how="other",
                note="'It found' (the study). The release counts visits for injuries sustained during violence; it does not say the violence was alcohol-related.",
            ),
            C(
                "around 75 per cent of those treated were men aged 18-30",
                ST14,
                D,
                "supported",
                rel="Three out of four attendees were men, aged between 18 and 30; and monthly injury rates among men were around three times as high as they were among women.",
                note="Second that-clause of 'It found'.",
            ),
            C(
                "a link between lower alcohol prices in the surrounding area and a higher rate of local emergency department admissions",
                CU,
                O,
                "supported",
                rel="Analysis of the data showed that lower on-trade and off-trade alcohol prices were associated with higher numbers of violence fuelled attendances at emergency care departments, after taking account of poverty, differences in household income, spending power and time of year.",
                note="'The researchers also found'. 'in the surrounding area'/'local' and the dropped 'violence' are loose but do not change the finding.",
            ),
            C(
                "a tax was found to be necessary in both the on-trade and off-trade",
                ST14,
                D,
                "supported",
                rel="But any such policy would need to increase the price of alcohol in both markets, especially on-trade, they emphasise",
                note="Passive 'was found', read as the study's (blind2 convention).",
            ),
            C(
                "on-trade alcohol prices - which include sales at pubs, bars and restaurants - had a greater impact on violence than off-trade prices - including shops and supermarkets",
                CU,
                O,
                "supported",
                rel="The researchers calculated that an estimated rise in on-trade alcohol prices of 1% above inflation could cut the annual tally of violence fuelled emergency care visits by 4260, while the equivalent increase in off-trade alcohol prices could mean 1788 fewer annual attendances, adding up to around 6000 fewer visits in total.",
                note="'the researchers said'. 4260 vs 1788 fewer visits for the same 1% rise; the release also says 'especially on-trade'.",
            ),
            C(
                "it was not planning to pursue any further taxes on alcohol",
                TR,
                O,
                NIR,
                note="'A Treasury spokesperson told City A.M.'. The comparison with the sugar tax is the journalist's and is left out.",
            ),
        ],
    )
)

# 15
STORIES.append(_latimes_items("news-25-052-chicagotribune.com"))

# 16
OX = "University of Oxford"
SACN = "Scientific Advisory Committee on Nutrition"
ST16 = "study published in the BMJ"
STORIES.append(
    dict(
        story_id="news-25-013-dailymail.co.uk",
        story_note="Daily Mail story. Headline, bullet teasers and byline left out. 'The researchers' are given the institution the story names for them ('including from the University of Oxford'); the lead's 'experts have said' mixes the study and the SACN letter and is null. SACN's letter, the abortion figures, the regional figures and the Queen Mary study are not in the release. Sentences without a cue of their own (US fortification 'has led to a reduction', the method, the regional rates after the first, the Queen Mary method and trend) are not annotated.",
        quotes=[
            Q(
                "Neural tube defects represent one of the most prevalent groups of birth defects with serious consequences for newborns and their families.\n\n'Although termination of pregnancy for foetal anomaly has considerably reduced the live birth prevalence of these anomalies, it is certainly not an optimal solution for a birth defect that is highly preventable with a readily available and low-cost measure, as is the case for neural tube defects with folic acid supplementation or food fortification.",
                OX,
                O,
                NIR,
                note="'The researchers, including from the University of Oxford, said:'. Two paragraphs, the first not closed: one entry. A paper quotation; only 'with serious consequences for newborns and their families' is in the release's narrative, so the whole is not_in_release (dev gold Celis-Morales case).",
            ),
        ],
        claims=[
            C(
                "Urging women to take folic acid in pregnancy is failing to drive down rates of spina bifida",
                None,
                P,
                "supported",
                rel="European folic acid policy is failing to prevent many neural tube defects, warn experts",
                note="'experts have said'; the story's 'experts' cover both the study and SACN, so null. The release: prevalence 'has not declined substantially ... despite long-standing recommendations'.",
            ),
            C(
                "the number of abortions for such defects is rising",
                None,
                P,
                NIR,
                note="Same cue ('experts have said'); SACN's point, not in the release.",
            ),
            C(
                "Rates of neural tube defects - birth defects of the brain, spine or spinal cord - are still too high and countries should consider adding folic acid to bread and flour",
                OX,
                O,
                "supported",
                rel='They add that policies for mandatory fortification of food staples with folic acid "should be considered as an important and more effective means for prevention of neural tube defects, while weighing the evidence for its proven benefits and possible risks."',
                note="'researchers said'. 'still too high' restates the release's 'failing to prevent many neural tube defects'; bread and flour stand for 'food staples'.",
            ),
            C(
                "recommendations made in 2000, 2006 and 2009 to improve levels of folic acid intake had still not been taken on board",
                SACN,
                O,
                NIR,
                note="'UK Government advisers wrote to ministers expressing their concern that'; the advisers are SACN (named two sentences later).",
            ),
            C(
                "a rising number of abortions in England and Wales for neural tube defects, with 420 in 2013, up from 390 in 2012, 364 in 2011, 338 in 2010 and 299 in 2009",
                SACN,
                O,
                NIR,
                note="'They pointed to'.",
            ),
            C(
                "the number of births affected by neural tube defects remained too high",
                SACN,
                O,
                NIR,
                note="'The letter, from the Scientific Advisory Committee on Nutrition (SACN), said'; the committee is given.",
            ),
            C(
                "Women are urged to take 400mcg of folic acid daily whilst trying to conceive and for the first three months of pregnancy to cut the chance of neural tube defects",
                None,
                P,
                NIR,
                note="Agentless passive 'are urged', annotated like the passive attributions of blind set 2 (doubtful whether it is a reported claim). The release mentions recommendations to take folic acid when planning a pregnancy, but not the dose or period (number convention).",
            ),
            C(
                "voluntary measures were failing",
                OX,
                O,
                "supported",
                rel='However, they say their data suggest that "recommendations, voluntary fortification, or both have not been effective in decreasing the prevalence of neural tube defects in Europe."',
                note="'In research published in the British Medical Journal (BMJ), experts said': the study's authors.",
            ),
            C(
                "no clear evidence of a downward trend in neural tube defects over a 20-year period across Europe",
                ST16,
                D,
                "supported",
                rel="Study finds no clear evidence of a downward trend in neural tube defects over 20 year period",
                note="'The study found'; the release's subheading.",
            ),
            C(
                "the overall total prevalence of neural tube defects in 2011 was similar to that in 1991",
                OX,
                O,
                "supported",
                rel="They found that the overall (pooled) total prevalence of neural tube defects in 2011 was fairly similar to that in 1991 (9 per 10,000 births).",
                note="'They found' (the researchers).",
            ),
            C(
                "in the East Midlands and South Yorkshire, between 1996 and 2011, there were 1,012 births affected by neural tube defects, at a rate of 10.97 per 10,000 births",
                ST16,
                D,
                NIR,
                note="'Figures in the paper show that'. The next three regional figures have no cue of their own and are not annotated.",
            ),
            C(
                "mandatory fortification of food with folic acid should be considered",
                OX,
                O,
                "supported",
                rel='They add that policies for mandatory fortification of food staples with folic acid "should be considered as an important and more effective means for prevention of neural tube defects, while weighing the evidence for its proven benefits and possible risks."',
                note="'They said'.",
            ),
            C(
                "fewer than one in three women in the UK take folic acid supplements before pregnancy",
                "Queen Mary University of London study",
                D,
                NIR,
                note="'A study from experts at Queen Mary University of London last year found that'.",
            ),
        ],
    )
)

# 17
RADIO_NOTE = "Speech-recognition transcript of a BBC radio news bulletin (no punctuation, no quotation marks, so no quotations); only the alcohol-duty item relates to the release. Claims in the unrelated items are annotated as not_in_release (dev gold convention for news-25-028). Station headers left out."
STORIES.append(
    dict(
        story_id="news-25-092-BBC Radio 5 Live",
        story_note=RADIO_NOTE
        + " The opening fragment ('success and build a better Britain') has no cue and is not annotated; 'estate agents won't say how much they want' reports no claim.",
        quotes=[],
        claims=[
            C(
                "she's the right person to lead Labour through the dark Times",
                "Angela Eagle",
                P,
                NIR,
                note="'Angela eagle says'; unrelated item.",
            ),
            C(
                "she wants to bring the party and the country back together",
                "Angela Eagle",
                P,
                NIR,
                note="'[the former shadow business secretary ...] says'; unrelated item.",
            ),
            C(
                "raising the price of alcohol in England and Wales could lead to a steep drop in A&E admissions each year",
                None,
                P,
                "distorted",
                rel=(
                    "A small rise in duty imposed on alcohol sold in retail outlets",
                    "suggests research published online in Injury Prevention.",
                ),
                how="stronger",
                note="Passive '[it] is thought', no agent (blind2 convention). The release: a 1% rise above inflation might cut violence-fuelled visits by an annual 6000, out of some 260,000 a year (2.1 million over 8 years); 'a steep drop in A&E admissions' overstates it. supported is defensible.",
            ),
            C(
                "a one % increase in alcohol duty could prevent 6000 hospital visits",
                CU,
                O,
                "supported",
                rel=(
                    "A small rise in duty imposed on alcohol sold in retail outlets",
                    "suggests research published online in Injury Prevention.",
                ),
                note="'researchers from Cardiff University claim'. 'above inflation' and 'violence-fuelled' are dropped, but the 1% rise and the 6000 visits are the release's; distorted/other is defensible (cf. news-25-092-cityam's 'duty of just one per cent').",
            ),
        ],
    )
)

# 18
STORIES.append(
    dict(
        story_id="news-25-092-BBC Radio Asia",
        story_note=RADIO_NOTE
        + " The same bulletin as news-25-092-BBC Radio 5 Live, lower-cased, starting later ('and the country back together' has no cue) and running on into a golf item.",
        quotes=[],
        claims=[
            C(
                "raising the price of alcohol in england and wales could lead to a steep drop in a&e admissions each year",
                None,
                P,
                "distorted",
                rel=(
                    "A small rise in duty imposed on alcohol sold in retail outlets",
                    "suggests research published online in Injury Prevention.",
                ),
                how="stronger",
                note="Passive '[it] is thought', no agent. As in news-25-092-BBC Radio 5 Live: 'a steep drop' overstates an annual 6000 fewer violence-fuelled visits. supported is defensible.",
            ),
            C(
                "a one % increase in alcohol duty could prevent 6000 hospital visits",
                CU,
                O,
                "supported",
                rel=(
                    "A small rise in duty imposed on alcohol sold in retail outlets",
                    "suggests research published online in Injury Prevention.",
                ),
                note="'researchers from cardiff university claim'. As in news-25-092-BBC Radio 5 Live.",
            ),
            C(
                "has been an overreaction to threaten seeker for the world's top golfers",
                "Peter Dawson",
                P,
                NIR,
                note="'international golf federation president peter dawson says' (garbled: 'an overreaction to the threat of Zika'); unrelated item.",
            ),
        ],
    )
)

# 19
LH = "research published in The Lancet Haematology"
UB = "University of Bristol"
STORIES.append(
    dict(
        story_id="news-29-036-dailymail.co.uk",
        story_note="MailOnline story. Headline, bullet teasers, byline, share counts and 'Scroll down for video' left out. 'Scientists' and 'experts' are unnamed and null; 'They found' is the researchers, given the institution named for the lead researcher (Kunutsor, University of Bristol). The Oxford review and the House of Commons report are not in the release. The background on VTE and blood flow, the method sentences and 'Alongside their new proven benefits' (the journalist's) are not annotated.",
        quotes=[
            Q(
                "These findings underscore a potential beneficial role of statin therapy on VTE in addition to its established role in cardiovascular disease prevention.",
                "Kamlesh Khunti",
                P,
                "verbatim",
                rel="These findings underscore a potential beneficial role of statin therapy on VTE in addition to its established role in cardiovascular disease prevention.",
                note="'told MailOnline', but the words are the release's quotation.",
            ),
            Q(
                "Currently, statins are only approved for lipid lowering in the primary and secondary prevention of cardiovascular disease.\n\n'But they have shown great promise beyond their established lipid-lowering effects and these include potential beneficial impact on multiple disease conditions.\n\n'These results provide an extensive body of evidence on the clinical benefit of statin in the occurrence of VTE and may support a true protective effect.",
                "Setor Kunutsor",
                P,
                "verbatim",
                rel=(
                    "Currently, statins are only approved for lipid lowering",
                    "may support a true protective effect.",
                ),
                note="One quotation over three paragraphs (each re-opens the mark, only the last closes it).",
            ),
        ],
        claims=[
            C(
                "Statins could prevent a leading cause of hospital deaths worldwide",
                LH,
                D,
                "distorted",
                rel="Statins could hold the key to eradicating one of the most preventable causes of hospital deaths after researchers uncovered a new role for the cholesterol-lowering pill.",
                how="other",
                note="'new research suggests'. The release calls VTE 'one of the most preventable causes of hospital deaths', not a leading cause (as in news-29-036-express, 'the leading cause'); 'worldwide' is added.",
            ),
            C(
                "The cheap daily pills reduce the risk of potentially fatal blood clots forming in the veins by up to 25 per cent",
                None,
                P,
                "supported",
                rel="The medication, commonly used to prevent heart attacks, reduces the threat of a condition affecting millions globally called venous thromboembolism (VTE), where blood clots form in the vein in the lungs or in limbs, by between 15 and 25 per cent.",
                note="'scientists claim' (unnamed, null). 'up to 25' vs 'between 15 and 25'.",
            ),
            C(
                "Venous thrombosis (VTE), where clots form in the vein in the legs or lungs, is believed responsible for 25,000 hospital-based deaths across the globe",
                None,
                P,
                NIR,
                note="Agentless passive 'is believed' (blind2 convention). The 25,000 deaths are not in the release (number convention).",
            ),
            C(
                "the finding could lead to the expansion of the use of the cholesterol-lowering tablets in preventing the condition",
                None,
                P,
                "supported",
                rel="The finding could potentially lead to new guidelines and an expansion of the use of treatment, which is already established in cardiovascular disease prevention.",
                note="'experts say' (unnamed, null).",
            ),
            C(
                "the deaths from VTE is more than the combined total from breast cancer, traffic accidents and AIDS",
                "2005 House of Commons report",
                D,
                NIR,
                note="'A 2005 House of Commons report found that'.",
            ),
            C(
                "the drugs were likely to cut the risk of the deadly condition by reducing inflammation - one of the factors involved in clot formation",
                UB,
                O,
                NIR,
                note="'They found' (the researchers from Bristol University and Leicester Diabetes Centre; the lead researcher's institution). The release gives no mechanism.",
            ),
            C(
                "they are hugely underestimated",
                "biggest review into the use of statins",
                D,
                NIR,
                note="'the biggest review into the use of statins in September found' (the Oxford review), not in the release.",
            ),
            C(
                "they prevent at least 80,000 heart attacks and strokes in the UK every year",
                "Oxford University",
                O,
                NIR,
                note="'According to Oxford University researchers'.",
            ),
            C(
                "But tens of thousands more could be avoided if a greater number of patients were persuaded to take them",
                "Oxford University",
                O,
                NIR,
                note="'they said'.",
            ),
        ],
    )
)

# 20
BCR = "study published in Breast Cancer Research"
STORIES.append(
    dict(
        story_id="news-26-013-dailymail.com",
        story_note="Daily Mail story (Ben Spencer). Headline (with its quoted 'raises the risk of cancer' and 'dangerous'), bullet teasers and byline left out. 'The team'/'they' are the researchers of the Karolinska Institute. The UCL study, Sutcliffe, Blamont and Al Qadhi are not in the release. The journalist's explanation of dense tissue and '50,000 women have IVF each year' have no cue and are not annotated.",
        quotes=[
            Q(
                "Among the infertile women, those who had gone through controlled ovarian stimulation had the highest absolute dense volume,",
                KI,
                O,
                "paraphrase",
                rel="Among infertile women, those who had undergone COS had higher absolute dense volume than those who had not received any hormone treatment.",
                note="'they wrote' (the paper). The release's narrative says nearly the same in other words ('higher ... than those who had not received any hormone treatment' vs 'the highest'); not_in_release is defensible (a paper quotation).",
            ),
            Q(
                "This may indicate a potential adverse effect of controlled ovarian stimulation, but could also be due to the underlying infertility.",
                KI,
                O,
                "paraphrase",
                rel="While this may indicate a potential adverse effect of COS on breast density, the researchers point out that the effect may be due to the underlying infertility that motivates the use of a specific treatment, rather than to the treatment itself.",
                note="A paper quotation; the release's narrative carries it with much of the same wording, restructured. altered is arguable.",
            ),
            Q(
                "These findings are plausible but, nonetheless it would be irresponsible in the extreme to frighten women who have been subfertile and had treatment to think that they would be at higher risk of breast cancer,",
                "Alastair Sutcliffe",
                P,
                NIR,
            ),
            Q(
                "If confirmed, this is a link that could help women who have undergone fertility treatment better understand their risk of breast cancer.\n\n‘The next step is to identify whether it is the original infertility or the hormone treatment for it that is causing this effect.\n\n‘Importantly, the best way for women to reduce their risk of breast cancer is to maintain a healthy weight, be more physically active and reduce their alcohol intake.",
                "Emma Blamont",
                P,
                NIR,
                note="One quotation over three paragraphs.",
            ),
            Q(
                "The message for women today is if you’ve had hormonal fertility treatment this does not mean you will definitely have a higher risk of breast cancer.\n\n‘The biggest risk factors for the disease remain out of our control – being female and getting older.",
                "Samia Al Qadhi",
                P,
                NIR,
                note="One quotation over two paragraphs.",
            ),
        ],
        claims=[
            C(
                "Women who have IVF may be at an increased chance of developing breast cancer",
                BCR,
                D,
                "supported",
                rel="The results from our study indicate that infertile women, especially those who undergo COS, might represent a group with an increased breast cancer risk.",
                note="'research suggests'. Lundberg's release quotation; COS is the hormone treatment of IVF. The release also says the effect on cancer risk remains unknown, so distorted/stronger is defensible.",
            ),
            C(
                "those who undergo controlled ovarian stimulation – a key part of most IVF treatments – are more likely to develop dense breast tissue",
                BCR,
                D,
                "distorted",
                rel="The association was more pronounced in women who had undergone controlled ovarian stimulation (COS), the hormone treatment required for in vitro fertilization.",
                how="causal",
                note="'A study involving 43,000 women found that'. The release reports a cross-sectional association and says no causal links could be established; 'are more likely to develop' makes the treatment lead to dense tissue.",
            ),
            C(
                "Breast density is known to be one of the strongest risk factors of breast cancer, with women who have highly dense breasts up to six times as likely to develop the disease",
                None,
                P,
                "supported",
                rel="Women with extremely dense breasts have a four to six fold higher risk of developing breast cancer than women with non-dense breasts, previous research has found.",
                note="Agentless passive 'is known' (blind2 convention; doubtful whether it is a reported claim). 'one of the strongest risk factors' is not in the release, but 'up to six times' matches 'four to six fold'.",
            ),
            C(
                "women who are infertile already tend to have more dense breast tissue than fertile women – an average of an extra 1.53 cubic centimetres",
                KI,
                O,
                NIR,
                note="'The team of scientists from the Karolinska Institute in Sweden found that'. The finding is in the release, but 1.53 cubic centimetres is not (number convention); on substance supported.",
            ),
            C(
                "the root causes of infertility cause changes in the breast",
                None,
                P,
                "supported",
                rel="While this may indicate a potential adverse effect of COS on breast density, the researchers point out that the effect may be due to the underlying infertility that motivates the use of a specific treatment, rather than to the treatment itself.",
                note="'Experts suspect' (unnamed, null); 'suspect' matches the release's 'may be due to'.",
            ),
            C(
                "women who underwent controlled ovarian stimulation had even more dense breast tissue – an extra 4.26 cubic centimetres",
                KI,
                O,
                NIR,
                note="'the team found'. 4.26 cubic centimetres is not in the release (number convention); on substance supported ('those who had undergone COS had higher absolute dense volume').",
            ),
            C(
                "this indicates that the treatment itself – which involves hormone injections to stimulate the ovaries – may be altering the structure of the breast",
                KI,
                O,
                "distorted",
                rel="While this may indicate a potential adverse effect of COS on breast density, the researchers point out that the effect may be due to the underlying infertility that motivates the use of a specific treatment, rather than to the treatment itself.",
                how="stronger",
                note="'Writing in the journal Breast Cancer Research, they said'. 'may indicate' becomes 'indicates', and the release's caveat (the underlying infertility) is dropped here (the story quotes it next).",
            ),
            C(
                "dense breasts may not necessarily lead to breast cancer",
                KI,
                O,
                "supported",
                rel="Whether differences in breast density may affect potential breast cancer risk remains unknown.",
                note="'they stressed that'.",
            ),
            C(
                "an extra three cubic centimetres of dense tissue increases breast cancer incidence by just 2.5 per cent",
                None,
                D,
                NIR,
                note="'Previous studies have found that'. The release's 'only been linked to a modest increase in breast cancer risk in previous studies' is related, but the figures are not in it (number convention).",
            ),
            C(
                "they have little to fear, because the numbers affected are so small and it is not clear whether the treatment is to blame",
                None,
                P,
                NIR,
                note="'Experts said' (unnamed). The release's caveats are related (no causal link, modest increase) but it does not say women have little to fear.",
            ),
            C(
                "clinics should not overuse the technique",
                None,
                P,
                NIR,
                note="'some urge caution and say'.",
            ),
            C(
                "IVF may increase the risk of ovarian cancer by around a third",
                "University College London research",
                D,
                NIR,
                note="'Previous research, conducted by University College London ..., suggested that'.",
            ),
            C(
                "research into this field is at a very early stage and no scientist has yet definitively established whether cancer risk is due to the treatment itself or underlying fertility problems",
                "Alastair Sutcliffe",
                P,
                NIR,
                note="'stressed that'.",
            ),
        ],
    )
)

# 21
BMCPH = "study published in BMC Public Health"
TM = "Theresa Marteau"
GL = "official guidelines"
STORIES.append(
    dict(
        story_id="news-26-007-GOOGLESEARCHER dailymail.co.uk",
        story_note="Daily Mail story (Josh White), with Bellis's quotations taken from The Times (as in news-26-007-theaustralian). Headline, bullet teasers and byline left out; 'safe level' is a quoted term, not a quotation. 'The researchers' are given Bangor University (Bellis's institution, as in news-26-007-theaustralian). Sentences without a cue of their own ('This means these wealthier drinkers are less likely to smoke ...', 'these same traits exacerbate ...') are not annotated. The guideline change, Marteau and the pregnancy study are not in the release.",
        quotes=[
            Q(
                "These things do not just add to each other – they have a multiplicative effect.\n\n‘When you are overweight you do not just get the risk of being overweight … you get those added and effectively doubled as well.\n\n‘The effects may be even greater when you add three or four types of unhealthy behaviour in.",
                MB,
                P,
                NIR,
                note="'Mark Bellis, of Bangor University, told The Times:'. Three paragraphs, only the last closed: one entry. As in news-26-007-theaustralian, the first sentence restates the release's narrative but 'doubled' and the three-or-four behaviours have no counterpart, so not_in_release as a whole.",
            ),
            Q(
                "We need on an individual level for people to understand that being overweight and having an unhealthy lifestyle may carry additional risk when you’re drinking alcohol.",
                MB,
                P,
                NIR,
                note="A new paragraph re-opening the mark after a closed quotation, no attribution of its own: Bellis.",
            ),
            Q(
                "People should understand that if they are overweight, smoking and drinking then the risks are not just adding to each other, they are going to multiply each other.",
                MB,
                P,
                NIR,
                note="'The academic added'.",
            ),
            Q(
                "This in no way suggests that you can avoid the risks of alcohol by changing the other things in your life. What you can do is bring down some of the overlap and multiplicative effects.",
                MB,
                P,
                NIR,
                note="No closing mark; the next paragraph has its own attribution (Nicholls), so the entry ends here.",
            ),
            Q(
                "This highlights the importance of wider social, economic and behavioural factors in understanding alcohol-related harm.\n\n‘It suggests that the health risks from alcohol are much greater when combined with smoking, poor diet and lower levels of physical activity.",
                "James Nicholls",
                P,
                "altered",
                rel=(
                    "This research highlights the importance of wider social",
                    "low levels of physical activity.",
                ),
                edits=[
                    ("delete", "research", "", False),
                    ("insert", "", "the", False),
                    ("replace", "low", "lower", False),
                ],
                note="Two paragraphs, first not closed: one entry. 'This research highlights' -> 'This highlights'; 'the' added before 'health risks'; 'low levels' -> 'lower levels' (judged not significant; arguable).",
            ),
            Q(
                "unlikely to have a direct impact",
                TM,
                P,
                NIR,
                note="Partial quotation ('said the advice is').",
            ),
            Q(
                "weak driver of change",
                TM,
                P,
                NIR,
                note="Partial quotation ('said in the journal BMJ that ...').",
            ),
            Q(
                "Alcohol consumption is strongly influenced by environmental factors such as price, availability, and marketing.\n\n‘Strengthening one negative association with alcohol may weaken the influences of the many positive associations forged by alcohol marketing.",
                TM,
                P,
                NIR,
                note="Two paragraphs, first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "There is no ‘safe level’ of drinking – no matter who you are",
                GL,
                D,
                NIR,
                note="'official guidelines now warn'. 'safe level' is read as a quoted term, not a partial quotation (arguable).",
            ),
            C(
                "the richer you are, the more likely you are to be able to drink without getting ill",
                BMCPH,
                D,
                "supported",
                rel="New research from a collaboration including Bangor University, Liverpool John Moores University and Alcohol Research UK explains why people in deprived communities have higher levels of alcohol-related ill health than people in non-deprived communities, despite drinking the same amounts of alcohol – the alcohol harm paradox.",
                note="'according to new research'. The alcohol harm paradox put the other way round (deprived vs non-deprived areas made a gradient). Compare news-26-007-theaustralian's 'the affluent can get away with drinking too much' (distorted/other); distorted/other is defensible here too.",
            ),
            C(
                "This is because affluent middle-class tipplers tend to lead otherwise healthier lifestyles than their poorer counterparts",
                BA,
                O,
                "supported",
                rel="The study, conducted in England and published in the open access journal BMC Public Health, found that people who are heavier drinkers and live in low-income communities are more likely to combine such drinking with other health damaging behaviors than people in more affluent communities.",
                note="'the researchers found'.",
            ),
            C(
                "the risks of alcohol are not spread evenly amongst the population, and could even be counter-balanced by maintaining an otherwise fit and healthy lifestyle",
                BMCPH,
                D,
                "distorted",
                rel="Even though no causal relationship between deprivation and either combined health challenges or current and historic binge drinking was identified in this study, the researchers suggest that harms from alcohol consumption should not be viewed in isolation.",
                how="other",
                note="'The findings ... suggest that'. The release says other behaviours multiply alcohol's risks; it does not say a healthy lifestyle can counter-balance them (Bellis, in the same story: 'This in no way suggests that you can avoid the risks of alcohol').",
            ),
            C(
                "Men were urged to cut their intake from 21 to 14 units a week –about seven pints of beer – last month in the biggest shake-up for 30 years",
                GL,
                D,
                NIR,
                note="Passive 'were urged' (the new official guidelines), annotated like the passive attributions of blind set 2; doubtful whether it is a reported claim. The release's 21/14 units define increased-risk drinking, not a guideline change.",
            ),
            C(
                "both sexes were told to have several teetotal days a week to let the liver recover",
                GL,
                D,
                NIR,
                note="Passive 'were told', as above.",
            ),
            C(
                "the advice is ‘unlikely to have a direct impact’",
                TM,
                P,
                NIR,
                note="'Professor Theresa Marteau ... said'. Mixed quotation: also a quotation entry.",
            ),
            C(
                "drinkers are likely to ignore advice in the short term as official guidelines are a ‘weak driver of change’",
                TM,
                P,
                NIR,
                note="'said in the journal BMJ that'. Mixed quotation: also a quotation entry.",
            ),
            C(
                "The children of women who drink during pregnancy are more likely to suffer kidney trouble in adulthood",
                "research on drinking in pregnancy",
                D,
                NIR,
                note="'according to research'; a separate news item at the end of the story.",
            ),
            C(
                "exposure to alcohol before birth can heighten neurological problems if they have a stroke as an adult",
                "research on drinking in pregnancy",
                D,
                NIR,
                note="'The study also found that'.",
            ),
        ],
    )
)

# 22
BMJO = "study published in BMJ Open"
STORIES.append(
    dict(
        story_id="news-25-052-dailymail.c.uk",
        story_note="DailyMail.com story (Lizzie Parry), largely the release reworded. Headline, bullet teasers, byline and '+2' furniture left out. 'Experts' and 'they' in the opening paragraphs are unnamed and null; 'scientists in Brazil', 'the researchers' and 'the scientists' are the team from the University of Sao Paulo the story names. Sentences without a cue of their own (the definition, 'This in turn, increases the risk ...', the method, 1 in 5 calories, the exceedance figures) are not annotated.",
        quotes=[
            Q(
                "Cutting back on the consumption of ultra-processed foods could be an effective way of curbing excessive added sugar intake in the US.",
                "Carlos Augusto Monteiro",
                P,
                "verbatim",
                rel="Cutting back on the consumption of ultra-processed foods could be an effective way of curbing excessive added sugar intake in the US",
                note="'Study author Professor Carlos Augusto Monteiro, said:'. In the release these are narrative words ('conclude the researchers'), not a quotation, but the words are the same.",
            ),
        ],
        claims=[
            C(
                "'Ultra-processed' foods are to blame for up to 90 per cent of all added sugar, and half the calories in the average American's diet",
                BMJO,
                D,
                "supported",
                rel="'Ultra-processed' foods make up more than half of all calories consumed in the US diet, and contribute nearly 90% of all added sugar intake, finds research published in the online journal BMJ Open.",
                note="'a new study today revealed'. 'up to 90' vs 'nearly 90'; 'to blame for' is loaded but carries the release's 'contribute'.",
            ),
            C(
                "Chicken or fish nuggets, sweet or savory packaged snacks, confectionery and desserts, packaged baked goods, reconstituted meat products, instant noodles and soups as well as soft drinks, are all deemed ultra-processed",
                None,
                P,
                "supported",
                rel="Ultra-processed foods include mass produced soft drinks; sweet or savoury packaged snacks; confectionery and desserts; packaged baked goods; chicken/fish nuggets and other reconstituted meat products; instant noodles and soups.",
                note="'experts said' (unnamed, null).",
            ),
            C(
                "too many Americans are eating a diet rich in these foods, and as a result are consuming far too much added sugar",
                None,
                P,
                "supported",
                rel="Cutting back on the consumption of ultra-processed foods could be an effective way of curbing excessive added sugar intake in the US, conclude the researchers.",
                note="'They warn' (the experts, null). The release: ultra-processed foods supply over half of calories and nearly 90% of added sugar, and cutting them could curb 'excessive added sugar intake'.",
            ),
            C(
                "added sugars in a person's diet account for no more than 10 per cent of of their daily energy intake",
                "World Health Organization",
                O,
                "supported",
                rel="They looked at the average dietary content of added sugars and the proportion of people who consumed more than 10% of their total energy intake--the maximum recommended limit--from this source.",
                note="'The World Health Organization recommended'. The release gives 10% as the maximum recommended limit without naming who sets it (as in news-25-052-washingtonpost).",
            ),
            C(
                "the typical American is consuming added sugars that account for up to 90 per cent of their daily energy intake",
                USP,
                O,
                "distorted",
                rel="Ultra-processed foods made up over half of total calorie intake (just under 60%) and contributed almost 90% of energy intake from added sugars.",
                how="numbers",
                note="'scientists in Brazil found' (the University of Sao Paulo team). In the release 90% is the share of added-sugar energy that comes from ultra-processed foods, not the share of daily energy from added sugars.",
            ),
            C(
                "ultra-processed foods made up more than half the total calorie intake (just under 60 per cent)",
                USP,
                O,
                "supported",
                rel="Ultra-processed foods made up over half of total calorie intake (just under 60%) and contributed almost 90% of energy intake from added sugars.",
                note="'The team from the University of Sao Paulo in Brazil, found'.",
            ),
            C(
                "they contributed to almost 90 per cent of energy intake from added sugars",
                USP,
                O,
                "supported",
                rel="Ultra-processed foods made up over half of total calorie intake (just under 60%) and contributed almost 90% of energy intake from added sugars.",
                note="'they found'.",
            ),
            C(
                "a strong linear association between the dietary content of ultra-processed foods and the overall dietary intake of added sugars",
                USP,
                O,
                "supported",
                rel="A strong linear association emerged between the dietary content of ultra-processed foods and the overall dietary intake of added sugars.",
                note="'The researchers noted'.",
            ),
            C(
                "it was only Americans whose ultra-processed food consumption was within the lowest 20 per cent, who had an average daily added sugar intake that fell below the maximum recommended limit",
                USP,
                O,
                "supported",
                rel="Notably, only those Americans whose ultra-processed food consumption was within the lowest 20% had an average daily added sugar intake that fell below the maximum recommended limit.",
                note="'The scientists noted'.",
            ),
            C(
                "excess added sugar intake increases the risk not only of weight gain, but also of obesity and diabetes, which are associated with a heightened risk of cardiovascular disease, and tooth decay",
                "World Health Organization and the American Heart Association",
                O,
                "supported",
                rel=(
                    "Several leading health bodies, including the World Health Organization",
                    "and tooth decay.",
                ),
                note="'The World Health Organisation and the American Heart Association are among health bodies that have concluded that'.",
            ),
        ],
    )
)
