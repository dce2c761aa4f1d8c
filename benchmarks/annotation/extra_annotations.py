"""Hand annotations of 20 extra InSciOut dev stories (issue 15), by the s15-annot session,
2026-11-30, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_extra.py turns them
into offsets and writes ../verdicts_extra_dev.jsonl.
"""


def Q(text, speaker, kind, truth, rel=None, edits=(), note=None, occ=0):
    return dict(
        text=text,
        speaker=speaker,
        kind=kind,
        truth=truth,
        rel=rel,
        edits=list(edits),
        note=note,
        occ=occ,
    )


def C(text, speaker, kind, truth, rel=None, how=None, note=None, occ=0):
    return dict(
        text=text, speaker=speaker, kind=kind, truth=truth, rel=rel, how=how, note=note, occ=occ
    )


P, O, D = "person", "organisation", "document"
NIR = "not_in_release"
STORIES = []

# 1
STORIES.append(
    dict(
        story_id="news-25-173-mirror.co.uk",
        story_note=None,
        quotes=[
            Q(
                "Our findings should be considered as indicative rather than definitive,",
                "University of Oxford",
                O,
                "paraphrase",
                rel=(
                    "And the researchers emphasise that the size",
                    "indicative rather than definitive",
                ),
                note="'the authors'; the story names only the University of Oxford for the researchers. The release says in its own narrative that 'the results should be taken as indicative rather than definitive'.",
            ),
            Q(
                "People admitted to hospital with an autoimmune disease, likely to be those at the severe end of the disease spectrum, do appear to have an elevated risk of dementia.\n\n“This finding is consistent with autoimmune disease predisposing to vascular risk and vascular dementia.\n\n“It is also, separately, consistent with the theory that Alzheimer’s disease may have an autoimmune component.",
                "University of Oxford",
                O,
                "paraphrase",
                rel=(
                    "Although significant, the extent",
                    "may have an autoimmune component, they point out.",
                ),
                note="Three paragraphs, closed only at the end: one entry. The release has no quotation; its narrative carries the Alzheimer's-autoimmune sentence and (elsewhere) the vascular speculation. 'at the severe end of the disease spectrum' is not in the release.",
            ),
            Q(
                "We are becoming increasingly aware of the important role the immune system plays in dementia, and this new study provides evidence to support this link.\n\n“As this study is observational and based only on hospital admission records, we cannot draw firm conclusions from its findings, but it supports ongoing work into the contribution of the immune system to dementia.\n\n“There are 850,000 people living with dementia in the UK and there are as yet no treatments that can slow or stop damage to the brain in diseases like Alzheimer’s.\n\n“Targeting immune and inflammatory responses is a promising approach for researchers working on new dementia treatments.",
                "Rosa Sancho",
                P,
                NIR,
                note="Alzheimer's Research UK comment; four paragraphs, one entry.",
            ),
            Q(
                "We’d urge people with MS not to worry when they read this research. The study talks about very small differences in the chance of being admitted to hospital for dementia and it doesn’t mean that people with MS should be doing anything different.\n\n“MS affects more than 100,000 people in the UK and as part of our Treat Me Right campaign we’re calling for people with the condition to get a yearly review with their neurologist. It’s only through being seen regularly that a neurologist could pick up any issues with symptoms like cognition.",
                "Imogen Scott-Plummer",
                P,
                NIR,
                note="MS Society comment; two paragraphs, one entry.",
            ),
        ],
        claims=[
            C(
                "People suffering auto-immune disease stand a higher risk of getting \u00a0dementia",
                None,
                D,
                "distorted",
                rel="Autoimmune disease may be linked to a heightened risk of dementia, indicates a large long term study, published in the Journal of Epidemiology & Community Health.",
                how="stronger",
                note="'a study showed'. The release hedges ('may be linked') and the data concern people admitted to hospital; the story states a higher risk as shown.",
            ),
            C(
                "People who suffer autoimmune diseases such as multiple sclerosis may have an elevated risk of developing dementia",
                None,
                D,
                "supported",
                rel="Autoimmune disease may be linked to a heightened risk of dementia, indicates a large long term study, published in the Journal of Epidemiology & Community Health.",
                occ=1,
                note="'a new study suggests' (body sentence; the identical standfirst under the headline is left out as headline matter).",
            ),
            C(
                "autoimmune disease to an increased risk of going on to suffer dementia",
                "University of Oxford",
                O,
                "supported",
                rel="Autoimmune disease may be linked to a heightened risk of dementia, indicates a large long term study, published in the Journal of Epidemiology & Community Health.",
                note="'Researchers have linked ...'.",
            ),
            C(
                "autoimmune and inflammatory activity may have a role in the development of dementia",
                None,
                None,
                "supported",
                rel="It has been suggested that autoimmune and inflammatory activity may have a role in the development of dementia.",
                note="Passive 'It has been suggested'; no source named.",
            ),
            C(
                "Of these, 18 showed significant positive associations with dementia",
                "Journal Of Epidemiology And Community Health",
                D,
                "supported",
                rel="Of the 25 autoimmune diseases included in the analysis, 18 were significantly associated with dementia.",
                note="'according to the study published in the Journal Of Epidemiology And Community Health'.",
            ),
            C(
                "the risk varied between different conditions: People with MS had an almost double risk, those with psoriasis showed a 29% heightened risk and people with Addison’s disease showed a 48% increased risk",
                "University of Oxford",
                O,
                "supported",
                rel="These included conditions as diverse as Addison’s disease (48 per cent heightened risk); MS (an almost doubling in risk); psoriasis (29 per cent heightened risk); and systemic lupus erythematosus (46 per cent increased risk).",
            ),
            C(
                "the size of the associations they found was small, so further research would be needed to confirm or refute the findings",
                "University of Oxford",
                O,
                "supported",
                rel=(
                    "And the researchers emphasise that the size",
                    "confirm or refute the findings, they say.",
                ),
            ),
        ],
    )
)

# 2
STORIES.append(
    dict(
        story_id="news-25-188-gulfnews.com",
        story_note="Release is from Occupational & Environmental Medicine (a BMJ journal); the story says The BMJ.",
        quotes=[
            Q(
                "Those whose jobs had exposed them to high levels of extremely low electromagnetic fields were more than twice as likely to develop ALS as those who had never been exposed,",
                "Roel Vermeulen",
                P,
                "altered",
                rel="Those whose jobs had exposed them to high levels of extremely low electromagnetic fields were more than twice as likely to develop ALS as those who had never been exposed through their work.",
                edits=[("delete", "through their work", "", True)],
                note="'according to researchers led by Roel Vermeulen'. A release narrative sentence presented as a quotation; dropping 'through their work' widens the comparison group from people never exposed at work to people never exposed.",
            ),
            Q(
                "This study has much better information on exposure to magnetic fields than previous studies,",
                "Neil Pearce",
                P,
                NIR,
            ),
            Q(
                "If this finding is real, it is important as it identifies a new, preventable cause of ALS.",
                "Neil Pearce",
                P,
                NIR,
            ),
            Q(
                "One has to take this result with caution, as the patient numbers were very low,",
                "Christian Holscher",
                P,
                NIR,
            ),
            Q("It is not clear what conclusion to draw.", "Christian Holscher", P, NIR),
            Q("chance is the most likely explanation for the findings.", "Paul Pharoah", P, NIR),
        ],
        claims=[
            C(
                "Pilots, welders and other workers who are persistently exposed to high levels of electromagnetic fields may be at higher risk of developing deadly motor neuron disease",
                "Research in The BMJ",
                D,
                "supported",
                rel="Workplace exposure to very low frequency electromagnetic fields may be linked to a doubling in risk of developing the most common form of motor neurone disease—amyotrophic lateral sclerosis, or ALS for short—suggests research published online in Occupational & Environmental Medicine.",
                note="'according to a study published Thursday'. The job examples are not in the release; the hedge is kept.",
            ),
            C(
                "a link between such exposure and amyotrophic lateral sclerosis (ALS)",
                "Research in The BMJ",
                D,
                "supported",
                occ=1,
                rel="Workplace exposure to very low frequency electromagnetic fields may be linked to a doubling in risk of developing the most common form of motor neurone disease—amyotrophic lateral sclerosis, or ALS for short—suggests research published online in Occupational & Environmental Medicine.",
                note="'Research in The BMJ drew a link ...' (body sentence; the identical standfirst is left out as headline matter).",
            ),
            C(
                "ALS may be associated with close workplace exposure to these fields",
                None,
                D,
                "supported",
                rel="Previous research has suggested that ALS might be linked to workplace exposure to extremely low frequency electromagnetic fields, electric shocks, solvents, metals, and pesticides.",
                note="'Earlier studies have suggested'.",
            ),
            C(
                "There was no significant correlation with the other suspected sources",
                "Utrecht University",
                O,
                "distorted",
                rel="The other occupational factors assessed were only weakly associated with ALS risk in both men and women, and there was no clear evidence of a linear increase in risk according to the amount of cumulative exposure.",
                how="other",
                note="'the researchers found' (Vermeulen's Utrecht team). The release says the other factors were 'only weakly associated'; the story says no significant correlation. Doubtful: the two may be compatible.",
            ),
            C(
                "scientists still did not know what the biological mechanism behind such exposure might be",
                "Neil Pearce",
                P,
                NIR,
            ),
        ],
    )
)

# 3
STORIES.append(
    dict(
        story_id="news-29-039-mirror.co.uk",
        story_note=None,
        quotes=[
            Q(
                "step closer",
                "Leicester University",
                O,
                "verbatim",
                rel="step closer",
                note="Two-word partial quotation attributed to 'the team' (kept: attributed words, not a label; doubtful under the two-word rule). The release has the same phrase in quotation marks.",
            ),
            Q(
                'For a number of people with asthma - particularly severe asthma - treatment is not 100 per cent effective.\n\n"Although a number of new therapies are under investigation for allergy-related asthma there is still a need for new therapies for asthma that is not related to allergies.\n\n"Asthma can be brought on by infections or exposure to different temperatures for instance. It doesn\'t have to be fur, dust or pollen.\n\n"We have shown the amount of HMGB1 - a protein that can be released in the airways by cells involved in inflammation or by damaged cells - is increased in the mucous from the airways of people with severe asthma.\n\n"There are two active forms and when we added them to smooth muscle cells from asthma patients they contracted more compared to those from people who didn\'t have the condition.\n\n"The next step is to develop a drug that reduces or blocks it.\n\n"To our knowledge this is the first study to show a direct effect of HMGB1 on enhancing airway muscle contraction in response to stimuli.\n\n"The findings of this research bring us a step closer to improved treatments for people with severe asthma.',
                "Ruth Saunders",
                P,
                "altered",
                rel=(
                    "For a number of people with asthma, particularly",
                    "step closer to improved treatments for people with severe asthma.",
                ),
                edits=[
                    (
                        "insert",
                        "",
                        "Asthma can be brought on by infections or exposure to different temperatures for instance. It doesn't have to be fur, dust or pollen.",
                        True,
                    ),
                    ("delete", "that", "", False),
                    (
                        "insert",
                        "",
                        "There are two active forms and when we added them to smooth muscle cells from asthma patients they contracted more compared to those from people who didn't have the condition.\n\n\"The next step is to develop a drug that reduces or blocks it.",
                        True,
                    ),
                ],
                note="Eight paragraphs, closed only at the end: one entry. The release's quotation is kept (dashes for commas ignored) but three sentences not in the release are inserted into it.",
            ),
            Q(
                'Asthma is characterised by variable airflow obstruction, airway hyper-responsiveness and inflammation.\n\n"Thus, HMGB1 could contribute to airway hyper-responsiveness in asthma - possibly representing a potential therapeutic target.',
                "Ruth Saunders",
                P,
                NIR,
                note="Two paragraphs, one entry.",
            ),
            Q(
                "It's an exciting time in asthma research. There are new treatments close to being in the clinic for allergy asthma and now we hope this can help with the non-allergy form.\n\n\"If it goes well we could have a viable drug in five to seven years.",
                "Ruth Saunders",
                P,
                NIR,
                note="Two paragraphs, one entry.",
            ),
        ],
        claims=[
            C(
                "a protein which triggers the narrowing of airways which cause the potentially fatal lung condition",
                "Leicester University",
                O,
                "distorted",
                occ=1,
                rel="Scientists have, for the first time, discovered that an active form of a key protein, HMGB1, is increased and related to narrowing of the airway in people with severe asthma.",
                how="causal",
                note="'Researchers at Leicester University have identified ...' (body sentence; the identical standfirst is left out). Release: 'increased and related to narrowing'; story: 'triggers'.",
            ),
            C(
                "a new treatment could be available within five years",
                "Leicester University",
                O,
                NIR,
                note="'The[y] believe'; no timeline in the release.",
            ),
            C(
                'improved therapies are a "step closer" after they identified for the first time that severe sufferers have increased levels of a key protein HMGB1 which leads to airways constricting',
                "Leicester University",
                O,
                "distorted",
                rel=(
                    "Improved treatments for people with severe asthma are a",
                    "related to narrowing of the airway in people with severe asthma.",
                ),
                how="causal",
                note="'The team said'. Release: HMGB1 'increased and related to narrowing'; story: 'leads to airways constricting'.",
            ),
        ],
    )
)

# 4
UCSF = "University of California San Francisco"
STORIES.append(
    dict(
        story_id="news-25-146-nypost.com",
        story_note=None,
        quotes=[
            Q(
                "Grooming may cause epidermal micro-tears, which may increase the risk of STIs,",
                "Benjamin Breyer",
                P,
                "paraphrase",
                rel="To explain their findings, the researchers suggest that grooming might be a proxy for higher levels of sexual activity and associated infection risk, or that it might cause tiny skin tears, through which bacteria and viruses can easily pass.",
                note="Via the Telegraph. The release has no quotation; its narrative gives the skin-tear explanation.",
            ),
            Q(
                "Another possible explanation for our findings, individuals who groom may be more likely to engage in risky sexual behaviors than those who do not groom.",
                "Benjamin Breyer",
                P,
                "paraphrase",
                rel="To explain their findings, the researchers suggest that grooming might be a proxy for higher levels of sexual activity and associated infection risk, or that it might cause tiny skin tears, through which bacteria and viruses can easily pass.",
                note="Release narrative: grooming 'might be a proxy for higher levels of sexual activity and associated infection risk'.",
            ),
        ],
        claims=[
            C(
                "Get rid of your pubic hair at your own risk",
                "new study",
                D,
                "distorted",
                rel="Pubic hair grooming is linked to a heightened risk of acquiring a sexually transmitted infection, finds research published online in the journal Sexually Transmitted Infections.",
                how="causal",
                note="'a new study warns'. The release reports an association and says no firm conclusions about cause and effect.",
            ),
            C(
                "People who prefer to go bare increase their chances of catching a sexually transmitted infection by 440 percent",
                UCSF,
                O,
                "distorted",
                rel="Among high frequency and extreme groomers, the practice was associated with a 3.5 to 4-fold heightened risk, particularly for infections that arise through skin on skin contact, such as herpes and HPV.",
                how="numbers",
                note="'researchers found'. Release: 3.5 to 4-fold (associated) among high frequency/extreme groomers, 80% for any grooming; no 440 percent. Also made causal ('increase their chances').",
            ),
            C(
                "Cleanly shaven folk have increased skin irritations, more sex, and share their shaving tools more often than their hirsute peers — three possible reasons for the increased risk",
                UCSF,
                O,
                "distorted",
                rel="To explain their findings, the researchers suggest that grooming might be a proxy for higher levels of sexual activity and associated infection risk, or that it might cause tiny skin tears, through which bacteria and viruses can easily pass.",
                how="other",
                note="'the researchers said'. The release offers two speculative explanations (proxy for sexual activity; skin tears); sharing of shaving tools is not in it, and the story states the differences as facts.",
            ),
            C(
                "a majority of the study’s participants — about 75 percent — regularly primped their privates",
                UCSF,
                O,
                "distorted",
                rel="Almost three out of four (74%) respondents said they had groomed their pubic hair before, with more women (84%) than men (66%), saying they had done so.",
                how="other",
                note="'The researchers ... found'. Release: 74% had ever groomed; story: 'regularly'. The story's 7,500 is close to the release's 7580.",
            ),
            C(
                "Women were most likely to use a razor, and men favored electric buzzers",
                UCSF,
                O,
                "supported",
                rel="An electric razor was the most common grooming tool among men (42%), while a manual razor was more common among women (61%).",
            ),
        ],
    )
)

# 5
MP = "Mikko Pankalainen"
STORIES.append(
    dict(
        story_id="news-26-029-express.co.uk",
        story_note=None,
        quotes=[
            Q(
                'High levels of pessimism have previously been linked to factors that affect cardiac health, such as inflammation, but data on the connection between risk of death from CHD and optimism and pessimism as personality traits are relatively scarce.\n\n"Levels of pessimism can be measured quite easily and pessimism might be a very useful tool together with other known risk factors such as diabetes, hypertension or smoking to determine the risk of CHD-induced mortality.',
                MP,
                P,
                "verbatim",
                rel=(
                    "High levels of pessimism have previously",
                    "to determine the risk of CHD-induced mortality.",
                ),
                note="Two paragraphs, first not closed: one entry. In the release the two sentences are separate quotations joined only by 'Dr. Pänkäläinen added:'.",
            ),
            Q(
                "in uncertain times, I usually expect the best",
                "Life Orientation Test (LOT-R)",
                D,
                "verbatim",
                rel="in uncertain times, I usually expect the best",
                note="Questionnaire item quoted as written by the LOT-R; doubtful whether a quotation in the guide's sense (kept: words presented as written by a document).",
            ),
            Q(
                "if something can go wrong for me, it will",
                "Life Orientation Test (LOT-R)",
                D,
                "verbatim",
                rel="if something can go wrong for me, it will",
                note="Questionnaire item; as above.",
            ),
        ],
        claims=[
            C(
                "BEING upbeat and optimistic really can prolong your life",
                "new study",
                D,
                "distorted",
                rel="Pessimism seems to be a strong risk factor for death from coronary heart disease (CHD), while optimism does not protect from it, according to a study published in the open access journal BMC Public Health that involved 2,267 middle aged and older Finnish men and women.",
                how="polarity",
                note="'a new study found'. The release says optimism does not protect and did not seem to have any effect; the story says optimism can prolong life (also causal).",
            ),
            C(
                "people with high levels of pessimism seemed to have a higher risk of CHD-induced mortality, even after adjusting for known physiological risk factors",
                "Finnish study",
                D,
                "supported",
                rel="Researchers at the Department of Psychiatry, Päijät-Häme Central Hospital, Finland, found that people with high levels of pessimism seemed to have a higher risk of CHD-induced mortality, even after adjusting for known physiological risk factors.",
            ),
            C(
                "previous research treated optimism and pessimism as opposites on a continuous scale rendered conflicting results, particularly regarding associations between optimism and CHD-related deaths",
                MP,
                P,
                "supported",
                rel="Previous research that treated optimism and pessimism as opposites on a continuous scale rendered conflicting results, particularly regarding associations between optimism and CHD-related deaths.",
                note="'Dr Pankalainen noted'; release narrative, not attributed to him there.",
            ),
            C(
                "observational studies can show possible links between risk of death from CHD and pessimism, but they cannot show cause and effect because other factors may play a role",
                MP,
                P,
                "supported",
                rel="Observational studies like this one can show possible links between risk of death from CHD and pessimism, but they cannot show cause and effect because other factors may play a role.",
                note="'Dr Pankalainen said'; release narrative, not attributed to him there.",
            ),
        ],
    )
)

# 6
STORIES.append(
    dict(
        story_id="news-25-114-thetimes.co.uk",
        story_note=None,
        quotes=[
            Q(
                "If you are pregnant or think you could become pregnant, the safest approach is not to drink alcohol at all, to keep risks to your baby to a minimum.",
                "government guidelines",
                D,
                NIR,
                note="'The guidance states'; the UK alcohol guidelines. The release only mentions that official guidelines recommend abstinence.",
            ),
            Q(
                "Our study showed that consumption of 14 or more servings of alcohol a week was slightly associated with reduced fecundability, but consumption of lower amounts seemed to have no discernible effect on fertility,",
                None,
                P,
                "paraphrase",
                rel=(
                    "Women who drink 14 or more servings of alcohol a week are slightly more likely",
                    "seemed to have no effect on women's fertility, nor did the type of alcohol beverage consumed.",
                ),
                note="'wrote the study's authors' (unnamed Danish researchers); from the paper. The release states the same findings in its own words.",
            ),
            Q(
                "Nonetheless, because the foetus may be particularly vulnerable to alcohol during the first few weeks after conception, it would seem prudent for women who are trying to become pregnant to abstain from alcohol until a pregnancy has been ruled out.",
                None,
                P,
                "paraphrase",
                rel="But the authors still recommend for couples to abstain from alcohol during their fertile window until a pregnancy is ruled out, because the fetus may be particularly vulnerable to alcohol during the first few weeks after conception.",
                note="Second entry of the study authors' quotation. The release recommendation is for couples during their fertile window; the quotation says women.",
            ),
            Q(
                "Infertility can be a devastating experience for couples. Millions of women will look for lifestyle modifications, including their alcohol consumption, to improve their chances of having a baby.",
                "Annie Britton",
                P,
                NIR,
                note="From her linked editorial; the release quotes other parts of it.",
            ),
            Q(
                "Given that it can take many months to become pregnant, a woman may choose not to abstain from drinking for the duration. If alcohol is consumed moderately, it seems that this may not affect fertility.",
                "Annie Britton",
                P,
                "altered",
                rel="if alcohol is consumed moderately, it seems that this may not affect fertility.",
                edits=[
                    (
                        "insert",
                        "",
                        "Given that it can take many months to become pregnant, a woman may choose not to abstain from drinking for the duration.",
                        True,
                    )
                ],
                note="The release holds only the second sentence (a partial quotation from her editorial); the first sentence is added.",
            ),
        ],
        claims=[
            C(
                "Women who drink heavily are only at a slight risk of infertility and total abstinence may not improve the chances of having a baby",
                None,
                D,
                "supported",
                rel=(
                    "But total abstinence may not be necessary to improve conception rates",
                    "suggests a study published by The BMJ today.",
                ),
                note="'a study has found'.",
            ),
            C(
                "drinking the equivalent of two glasses of wine every night had little effect on conception",
                None,
                P,
                "distorted",
                rel="Low to moderate intake of alcohol, defined as one to seven servings a week, seemed to have no effect on women's fertility, nor did the type of alcohol beverage consumed.",
                how="numbers",
                note="'researchers in Denmark found'. Two glasses a night is 14 a week, the level the release links to slightly reduced fertility; the release finds no effect only for one to seven servings a week.",
            ),
            C(
                "women who drank 14 or more servings of alcohol a week had the same chance of pregnancy as those who did not drink at all",
                None,
                D,
                "distorted",
                rel="Women who drink 14 or more servings of alcohol a week are slightly more likely to have reduced fertility, suggests a study published by The BMJ today.",
                how="polarity",
                note="'A study of 6,120 women, published in the BMJ, found'. The release says 14 or more servings are associated with slightly reduced fertility.",
            ),
            C(
                "women who drank more than this amount had an 18 per cent lower chance of getting pregnant",
                None,
                P,
                NIR,
                note="'the researchers found'. The release gives no 18 per cent figure (only 37 pregnancies in 307 cycles vs 1381 in 8054), and its top category is 14 or more, not more than 14.",
            ),
        ],
    )
)

# 7
STORIES.append(
    dict(
        story_id="news-04-026-express.co.uk",
        story_note=None,
        quotes=[
            Q(
                "The number of people with type 2 diabetes in the UK has gone from 700,000 to around 2.8m over two decades, and it continues to increase,",
                "Craig Currie",
                P,
                "verbatim",
                rel="The number of people with type 2 diabetes in the UK has gone from 700,000 to around 2.8m over two decades, and it continues to increase",
                note="The release's trailing '...' dropped.",
            ),
            Q(
                "We are also seeing increased life expectancy from the disease which could be due to earlier diagnosis of the condition as well as drugs such as blood pressure tablets and statins for blood cholesterol.",
                "Craig Currie",
                P,
                "verbatim",
                rel="We are also seeing increased life expectancy from the disease which could be due to earlier diagnosis of the condition as well as drugs such as blood pressure tablets and statins for blood cholesterol.",
            ),
            Q(
                "crisis",
                "Chris Askew",
                P,
                NIR,
                note="One-word partial quotation attributed to Askew ('has warned there is a ‘crisis’'); doubtful (kept as attributed words rather than a label). Diabetes UK is not in the release.",
            ),
        ],
        claims=[
            C(
                "life-expectancy for people living with the condition has increased",
                "Cardiff University",
                O,
                "supported",
                rel="The new findings, based on data collected by GP services in the UK between 1991 and 2014, also show a marked increase in life expectancy for people with the disease, explaining in part its increased prevalence.",
                note="'experts have revealed'.",
            ),
            C(
                "a marked increase in life expectancy for people with the disease, explaining in part its increased prevalence",
                "Cardiff University study",
                D,
                "supported",
                rel="The new findings, based on data collected by GP services in the UK between 1991 and 2014, also show a marked increase in life expectancy for people with the disease, explaining in part its increased prevalence.",
                note="'The findings ... also show'.",
            ),
            C(
                "the increased number of people with the disease has also been linked to better diagnosis and rising levels of obesity",
                "Cardiff University study",
                D,
                "supported",
                rel="The increased number of people with the disease has also been linked to better diagnosis and rising levels of obesity; between 1993 and 2010 the proportion of obese people in the UK went from 13% to 26% for men and from 16% to 26% for women.",
                note="'The study, by the University of Cardiff, found'.",
            ),
            C(
                "the prevalence of diagnosed type 2 diabetes increased with age, although this increase is lower in people aged 80 years and above",
                "Cardiff University study",
                D,
                "supported",
                rel="The data also reveal that the prevalence of diagnosed type 2 diabetes increased with age, although this increase is lower in people aged 80 years and above.",
                note="'The data also reveal'.",
            ),
            C(
                "every week there are over 100 amputations due to people controlling their diabetes poorly",
                None,
                D,
                NIR,
                note="'Figures have revealed'; unnamed figures.",
            ),
            C("there is a ‘crisis’ surrounding the illness", "Chris Askew", P, NIR),
            C("people aren’t aware of the seriousness of the condition", "Chris Askew", P, NIR),
        ],
    )
)

# 8
STORIES.append(
    dict(
        story_id="news-22-006-theaustralian.com",
        story_note="No quotations: “suicide contagion” is a quoted term.",
        quotes=[],
        claims=[
            C(
                "bereaved people are 65 per cent more likely to attempt suicide if they are grieving for comrades who took their own lives",
                "University College London",
                O,
                "supported",
                rel="People bereaved by the sudden death of a friend or family member are 65% more likely to attempt suicide if the deceased died by suicide than if they died by natural causes.",
                note="'British researchers have found' (the UCL team).",
            ),
            C(
                "losing someone to suicide should be considered a risk factor for early death, alongside such measures as familial history of heart attack or cancer",
                "new study",
                D,
                "distorted",
                rel="However, the new study suggests that a history of suicide among non-blood relatives and friends should also be considered when assessing suicide risk.",
                how="other",
                note="'The finding suggests'. The release makes suicide bereavement a factor in assessing suicide risk; the story makes it a risk factor for early death, compared with family history of heart attack or cancer.",
            ),
            C(
                "screening should be extended to their in-laws and friends",
                "new study",
                D,
                "supported",
                rel="However, the new study suggests that a history of suicide among non-blood relatives and friends should also be considered when assessing suicide risk.",
                note="'the new study suggest'.",
            ),
            C(
                "doctors and therapists should include such probes in clinical assessments of patients with psychological distress or suicidal thoughts",
                "Alexandra Pitman",
                P,
                "supported",
                rel=(
                    "Previous studies have shown family history of suicide",
                    "should also be considered when assessing suicide risk.",
                ),
                note="'Lead researcher Alexandra Pitman ... said'. The release says it in narrative (risk assessments should consider it), not as Pitman's words; doubtful between supported and actor change.",
            ),
            C(
                "it was not clear why suicide had such devastating effects on friends and relatives, particularly given that it did not appear to trigger higher rates of depression than other forms of bereavement",
                "Alexandra Pitman",
                P,
                NIR,
                note="Depression is not mentioned in the release.",
            ),
            C(
                "it was possible that suicides inspired people to copy them — a phenomenon known as “suicide contagion” — but this was impossible to verify without gauging people’s attitudes before and after comrades had killed themselves",
                "Alexandra Pitman",
                P,
                NIR,
            ),
            C(
                "taboos around suicide could make it particularly destructive",
                "University College London",
                O,
                "supported",
                rel=(
                    "“British people can be very uncomfortable talking about death",
                    "sometimes even blamed for the death.",
                ),
                note="'The researchers say'. The release (Pitman) calls suicide a taboo subject whose avoidance isolates and stigmatises the bereaved, and reports that stigma explains the differences.",
            ),
        ],
    )
)

# 9
STORIES.append(
    dict(
        story_id="news-25-040-GOOGLESEARCHER washingtonpost.com",
        story_note=None,
        quotes=[
            Q(
                "These findings not only identify a new locus for retirement research but also suggest a new avenue for practical intervention,",
                "Niklas K. Steffens",
                P,
                NIR,
                note="'Niklas K. Steffens ... and his co-authors wrote' (from the paper); the release quotes other sentences of the authors.",
            ),
        ],
        claims=[
            C(
                "people with a good quality of life before retirement were more likely to have a similar quality of life after retirement",
                "study published in BMJ Open",
                D,
                "supported",
                rel="The results showed that individuals whose quality of life was good before retirement were more likely to score highly on quality of life assessment after retirement.",
                note="'The study found'. The next two paragraphs (lower risk of death, 2/5/12 percent) carry no attribution and are left out.",
            ),
            C(
                "this was as good of a predictor as regular exercise",
                "study published in BMJ Open",
                D,
                "supported",
                rel='"Accordingly, we can see that the effects of physical activity on health were comparable to those associated with maintaining old group memberships and developing new ones," write the researchers.',
                note="'The researchers calculated that'.",
            ),
        ],
    )
)

# 10
STORIES.append(
    dict(
        story_id="news-25-197-independent.co.uk",
        story_note="“Western diet” (headline and body) is a quoted term, not a quotation.",
        quotes=[
            Q(
                "The DASH diet may provide an attractive preventive dietary approach for men at risk of gout,",
                None,
                P,
                "altered",
                rel="may provide an attractive preventive dietary approach for the risk of gout",
                edits=[("replace", "the risk of gout", "men at risk of gout", True)],
                note="'the authors concluded' (unnamed US and Canada based researchers). The release's partial quotation has 'for the risk of gout'; the story's 'men at' adds a population (probably the paper's wording). Significance doubtful.",
            ),
        ],
        claims=[
            C(
                "modern eating habits in Western countries could also cause the painful condition",
                None,
                P,
                "distorted",
                rel="A diet rich in fruit and vegetables, nuts and whole grains and low in salt, sugary drinks, and red and processed meats, is associated with a lower risk of gout, whereas a typical 'Western' diet is associated with a higher risk of gout, finds a study published by The BMJ today.",
                how="causal",
                note="'researchers have said' (unnamed). Release: associated with a higher risk; observational, no firm conclusions about cause and effect.",
            ),
            C(
                "A so-called “Western diet”, which includes a high intake of red and processed meat, sugary treats and fried food such as chips, can lead to tender, swollen joints",
                "new study published in the British Medical Journal (BMJ)",
                D,
                "distorted",
                rel="A diet rich in fruit and vegetables, nuts and whole grains and low in salt, sugary drinks, and red and processed meats, is associated with a lower risk of gout, whereas a typical 'Western' diet is associated with a higher risk of gout, finds a study published by The BMJ today.",
                how="causal",
                note="'according to a new study'. 'can lead to' turns the association into causation.",
            ),
            C(
                "people whose diet is rich in fruit, vegetables and whole grains have a lower risk of gout",
                None,
                P,
                "supported",
                rel="A diet rich in fruit and vegetables, nuts and whole grains and low in salt, sugary drinks, and red and processed meats, is associated with a lower risk of gout, whereas a typical 'Western' diet is associated with a higher risk of gout, finds a study published by The BMJ today.",
                note="'found the researchers'.",
            ),
            C(
                "a higher DASH score was associated with a lower risk for gout, while a higher score for a Western diet was associated with an increased risk for gout",
                None,
                P,
                "supported",
                rel="During 26 years of follow-up, a higher DASH score was associated with a lower risk for gout, while a higher Western pattern was associated with an increased risk for gout.",
                note="'The researchers found'.",
            ),
        ],
    )
)

# 11
STORIES.append(
    dict(
        story_id="news-25-056-times.com",
        story_note=None,
        quotes=[
            Q(
                "The results also suggest previous antibiotic use increased the subsequent risk of E. coli resistance to that particular antibiotic.",
                "Ceire Costelloe",
                P,
                "altered",
                rel="the results also suggest previous antibiotic use increased the subsequent risk of E coli resistance to that particular antibiotic -- for up to six months after treatment.",
                edits=[("delete", "-- for up to six months after treatment", "", True)],
                note="The time limit that ends the release's quotation is dropped without an omission mark ('E. coli' for 'E coli' ignored).",
            ),
            Q(
                "Primary care clinicians will probably need to get used to taking an ‘antibiotic history’ before prescribing for common bacterial infections.",
                "Grant Russell",
                P,
                NIR,
                note="From his linked editorial; the release quotes other passages. The nested ‘antibiotic history’ is a quoted term.",
            ),
        ],
        claims=[
            C(
                "As many as half of common childhood infections are resistant to standard antibiotics",
                None,
                P,
                "distorted",
                rel="Within OECD countries, half of all samples were resistant to ampicillin (amoxicillin), a third to co-trimoxazole, and a quarter to trimethoprim.",
                how="population",
                note="'according to researchers' (unnamed; later 'British researchers'). The release's figures are for E. coli urinary tract infections in children, not common childhood infections in general.",
            ),
            C(
                "children are at risk from contracting superbugs",
                None,
                P,
                "distorted",
                rel="Antibiotic resistance in children with urinary infections is high and could render some antibiotics ineffective as first-line treatments, warns a study published by The BMJ today.",
                how="other",
                note="'researchers who say'. The release speaks of resistance in children's urinary infections; 'contracting superbugs' recasts it. Doubtful (could be read as supported).",
            ),
            C(
                "GPs might need to change what they prescribed to children with urinary tract infections",
                None,
                P,
                "supported",
                rel="Antibiotic resistance in children with urinary infections is high and could render some antibiotics ineffective as first-line treatments, warns a study published by The BMJ today.",
                note="'said researchers'. Implied by the release's warning that some antibiotics could become ineffective as first-line treatments.",
            ),
            C(
                "antibiotics were starting to fail",
                None,
                P,
                "supported",
                rel="The results show a high global prevalence of resistance -- to some of the most commonly prescribed antibiotics in primary care -- in urinary tract infections in children caused by E coli.",
                note="'researchers who found'. Doubtful: loose wording for the high prevalence of resistance.",
            ),
            C(
                "antibiotics wiped out non-resistant strains of E. coli, leaving the field clear for those that were able to withstand the drugs to multiply and cause fresh infections",
                "Ceire Costelloe",
                P,
                NIR,
                note="No mechanism is given in the release.",
            ),
        ],
    )
)

# 12
EMC = "Erasmus MC-University Medical Center"
STORIES.append(
    dict(
        story_id="news-25-042-independent.com",
        story_note=None,
        quotes=[
            Q(
                "We observed that maternal and paternal internalising problems were prospectively associated with fussy eating in pre-schoolers,",
                EMC,
                O,
                "paraphrase",
                rel="Parental anxiety and/or depression during pregnancy and before their child starts school is linked to a heightened risk of that child becoming a 'fussy' eater, finds research published online in the Archives of Disease in Childhood.",
                note="'the researchers said' (the Rotterdam team); the closing mark is a stray “. The release states the finding in its own words.",
            ),
            Q(
                "Clinicians should be aware that not only severe anxiety and depression, but also milder forms of internalising problems can affect child eating behaviour,",
                EMC,
                O,
                "verbatim",
                rel="Clinicians should be aware that not only severe anxiety and depression, but also milder forms of internalising problems can affect child eating behaviour,",
            ),
            Q(
                "strongly suggests that the direction of the associations with mothers’ antenatal symptoms is from mother to child.",
                EMC,
                O,
                "verbatim",
                rel="strongly suggests that the direction of the associations with mothers' antenatal symptoms is from mother to child,",
                note="No cue verb; presented as the researchers' words (the release attributes it with 'they write').",
            ),
            Q(
                "Possibly, fathers’ anxiety affects children’s fussy eating by controlling feeding practices such as pressure to eat. Such feeding practices could have counterproductive effects by contributing to negative affective reactions to food,",
                EMC,
                O,
                NIR,
            ),
        ],
        claims=[
            C(
                "Children whose parents are anxious or depressed are more likely to become fussy eaters, in a problem which could begin before they are even born",
                "major new study",
                D,
                "supported",
                rel="Parental anxiety and/or depression during pregnancy and before their child starts school is linked to a heightened risk of that child becoming a 'fussy' eater, finds research published online in the Archives of Disease in Childhood.",
                note="'according to a major new study'.",
            ),
            C(
                "a clear link between the mental wellbeing of mothers and fathers and the attitudes of young children to food",
                EMC,
                O,
                "supported",
                rel="Parental anxiety and/or depression during pregnancy and before their child starts school is linked to a heightened risk of that child becoming a 'fussy' eater, finds research published online in the Archives of Disease in Childhood.",
                note="'Researchers discovered'. 'clear' is the story's; judged same meaning.",
            ),
            C(
                "Three and four year olds were at greater risk of becoming a fussy eater if their parents had suffered anxiety or depression",
                EMC,
                O,
                "supported",
                rel="Parental anxiety and/or depression during pregnancy and before their child starts school is linked to a heightened risk of that child becoming a 'fussy' eater, finds research published online in the Archives of Disease in Childhood.",
                note="'they found'.",
            ),
            C(
                "The refusal of children to eat certain foods, resulting in a restricted diet, causes major concerns among parents and has been linked to weight issues and behavioural problems in children",
                "Archives of Disease in Childhood study",
                D,
                "supported",
                rel=(
                    "Fussy eating behaviour, which is characterised",
                    "behavioural issues in the child.",
                ),
                note="'according to the study'.",
            ),
            C(
                "symptoms of women during pregnancy predicted fussy eating in their four-year-old children, independent of whether mothers had symptoms when their child was aged three",
                EMC,
                O,
                "supported",
                rel=(
                    "And the finding that the mum's antenatal symptoms predicted",
                    "irrespective of whether she had symptoms when the child was 3,",
                ),
                note="'A finding that ...', presented as the researchers' finding.",
            ),
            C(
                "links between the anxiety of fathers with the way their children refuse foods can be explained by parenting factors",
                EMC,
                O,
                NIR,
                note="'according to the researchers'. The release reports the fathers' association (pre-school period only) but gives no explanation.",
            ),
        ],
    )
)

# 13
STORIES.append(
    dict(
        story_id="news-25-005-sun.co.uk",
        story_note="Release is from the British Journal of Sports Medicine (BMJ); the researchers are not named in it.",
        quotes=[
            Q(
                "Sports drinks and high-energy food can harm teeth. Pain can make it harder to train, interrupt sleep and reduce confidence.",
                "Ian Needleman",
                P,
                NIR,
                note="The release quotes no one by name; it says the link between sports drinks and erosion 'remains unclear'.",
            ),
        ],
        claims=[
            C(
                "TOP footballers are struggling for form due to their dodgy teeth",
                None,
                P,
                "distorted",
                rel="This poor level of dental health is affecting performance and wellbeing, and the sport needs to tackle this head on as a matter of urgency, say the researchers.",
                how="stronger",
                note="'experts claim'. The release says poor dental health is affecting performance, with about 7% of players reporting an effect on performance or training; 'struggling for form' generalises it. Doubtful.",
            ),
            C(
                "Four in ten have decay and one in 20 gum disease",
                None,
                D,
                "supported",
                rel="Nearly four out of 10 UK professional footballers have active tooth decay, while one in 20 has irreversible gum disease, finds a large representative study of players, published online in the British Journal of Sports Medicine.",
                note="'a study shows'; the sentence's tail is a separate item.",
            ),
            C(
                "linked to heart troubles",
                None,
                D,
                NIR,
                note="Same sentence ('a study shows'); the release does not mention heart disease.",
            ),
            C(
                "dental troubles affect their game",
                None,
                P,
                "supported",
                rel="Around 7% said that it adversely affected their performance or training.",
                note="'Seven per cent say'; the surveyed players.",
            ),
        ],
    )
)

# 14
PW = "Peter Weissberg"
STATS_EST = "The authors estimate that more than 200,000 patients across the UK may have stopped statin therapy in the six months after the media coverage - and that this could lead to over 2,000 extra cardiovascular events, such as heart attacks and strokes, if continued over the next 10 years."
STORIES.append(
    dict(
        story_id="news-25-088-thetimes.co.uk",
        story_note="Headline ‘Scaremongering’, the nested ‘debate’ in Collins's quotation and “fabricated” in the box are scare quotes.",
        quotes=[
            Q("have an axe to grind", PW, P, NIR),
            Q(
                "gospel",
                PW,
                P,
                NIR,
                note="One-word partial quotation attributed to Weissberg ('he said'); doubtful (kept as attributed words).",
            ),
            Q(
                "For high-risk patients there is no debate. Even the people most sceptical about statins would agree there is a benefit. The issue is where you draw the line between high and low risk,",
                PW,
                P,
                NIR,
            ),
            Q(
                "We are concerned that widespread reporting of the debate has given disproportionate weight to a minority view about possible side-effects. This has dented public confidence in a drug which most scientists and health professionals believe to be a safe and effective option against heart disease.",
                "Liam Smeeth",
                P,
                "altered",
                rel=(
                    "there is a concern that in the case of statins, widespread reporting",
                    "for the vast majority of patients.",
                ),
                edits=[
                    (
                        "replace",
                        "there is a concern that in the case of statins,",
                        "We are concerned that",
                        False,
                    ),
                    ("replace", "may have given", "has given", True),
                    ("replace", ", denting", ". This has dented", False),
                    ("delete", "for the vast majority of patients", "", True),
                ],
                note="'may have given' made certain ('has given'); the qualifier 'for the vast majority of patients' dropped.",
            ),
            Q(
                "It seems to me absolutely right that there is public debate about the benefits and harms of treatments. Patients may now be better aware of several things. First that we have far less good information on the side-effects of statins than on their benefits. Secondly, that for some people, especially those at lower risk of heart disease, the survival benefit from statins may not outweigh the negatives of taking a drug every day with all that this entails.",
                "Fiona Godlee",
                P,
                "verbatim",
                rel=("It seems to me absolutely right", "with all that this entails."),
                note="The release's quotation continues ('And finally ...'); the story stops earlier.",
            ),
            Q(
                "Instead of hiding behind the spurious argument that ‘debate’ is warranted despite having misrepresented the evidence, The BMJ should take responsibility for the likely harm it has caused to public health.",
                "Rory Collins",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "the The BMJ of bias against statins",
                "British Heart Foundation",
                O,
                NIR,
                note="'has accused'.",
            ),
            C(
                "scares about use of the drugs have led to thousands of heart attacks",
                None,
                D,
                "distorted",
                rel=STATS_EST,
                how="stronger",
                note="'a study claimed'. The release: an estimate that 'could lead to' over 2,000 cardiovascular events if continued over ten years, to be interpreted with caution; observational, no firm conclusions about cause and effect.",
            ),
            C(
                "GPs should not automatically trust medical journals which “have an axe to grind”",
                PW,
                P,
                NIR,
            ),
            C(
                "Prestigious journals now spin data and campaign in order to sell copies and patients and doctors need to learn to stop taking them as “gospel”",
                PW,
                P,
                NIR,
            ),
            C(
                "about 200,000 people stopped taking statins after a period of intense media controversy about their possible side-effects and benefits in protecting against heart disease",
                None,
                D,
                "distorted",
                rel=STATS_EST,
                how="stronger",
                note="'a study ... which found'. The release: the authors estimate more than 200,000 'may have stopped'.",
            ),
            C(
                "they save lives for patients at highest risk of heart attacks",
                None,
                P,
                NIR,
                note="'almost all experts agree'.",
            ),
            C(
                "more people at lower risk be offered the drugs",
                "NHS",
                D,
                NIR,
                note="'Recent NHS guidance ... has advised'.",
            ),
            C(
                "whether millions of healthy people should be taking a daily tablet from which most will not benefit",
                None,
                P,
                "supported",
                rel="In October 2013, two articles were published in The BMJ that questioned the value of extending the use of statins to healthy people at low risk of heart disease, and these were heavily criticised by some statins researchers, prompting widespread media debate about their potential risks and benefits.",
                note="'some doctors have questioned'. The release attributes the questioning to two BMJ articles; 'most will not benefit' is the story's. Doubtful.",
            ),
            C(
                "true side-effects of statins are rare",
                None,
                D,
                NIR,
                note="'controlled trials have showed'.",
            ),
            C(
                "20 per cent of users suffered side-effects",
                "The BMJ",
                D,
                NIR,
                note="'a claim, now withdrawn' in BMJ papers.",
            ),
            C(
                "this would lead to at least 2,000 more heart attacks and strokes, more than a quarter of them fatal",
                "London School of Hygiene and Tropical Medicine",
                O,
                "distorted",
                rel=STATS_EST,
                how="stronger",
                note="'researchers estimated'. Release: 'could lead to over 2,000 extra cardiovascular events ... if continued over the next 10 years', with caution; the share fatal is not in the release.",
            ),
            C("to have cloned a human embryo", None, D, NIR, note="Side box: 'Papers claiming'."),
            C(
                "half of clinical trials have never reported results",
                "All Trials",
                O,
                NIR,
                note="Side box: 'points out'.",
            ),
            C(
                "two thirds of psychology results could not be replicated",
                "Science",
                D,
                NIR,
                note="Side box: 'reported that'.",
            ),
        ],
    )
)

# 15
STORIES.append(
    dict(
        story_id="news-25-015-washingtonpost.com",
        story_note='The headline quotation is left out as headline matter; "disability-adjusted life years" and "significant" are quoted terms.',
        quotes=[
            Q(
                "warrant a general statement that the world is becoming a safer place to live in.",
                None,
                P,
                "verbatim",
                rel="warrant a general statement that the world is becoming a safer place to live in",
                note="'the researchers write' (unnamed GBD collaborators). The release's sentence continues ('although the injury burden remains high ...'); the story stops at the period.",
            ),
        ],
        claims=[
            C(
                "the world is actually becoming a less perilous place for many people",
                None,
                P,
                "supported",
                rel='The findings prompt the researchers to conclude that "the world is becoming a safer place to live in."',
                note="'researchers say'.",
            ),
            C(
                "the global toll of injuries -- including everything from car crashes to poisonings to natural disasters -- has fallen by nearly a third over the past quarter-century",
                "Injury Prevention",
                D,
                "supported",
                rel="The global toll taken by injuries on daily life has fallen by almost a third in the past quarter of a century, reveals research published online in the journal Injury Prevention.",
                note="'New findings ... detail how'.",
            ),
            C(
                "nearly a billion people worldwide suffered injuries that required medical attention",
                None,
                P,
                "supported",
                rel="They calculated that in 2013 almost a billion people (973 million) sustained injuries that required medical attention/treatment, accounting for 10% of the global toll of disease.",
                note="'the researchers calculated'.",
            ),
            C(
                'a measure known as "disability-adjusted life years" -- calculated by adding years of life lost to death and years of life lived with disability -- had fallen by 31 percent between 1990 and 2013',
                None,
                P,
                "supported",
                rel="Injuries remain an important cause of ill health and death, the calculations show, but between 1990 and 2013, the global DALY, standardised for age, fell by almost a third (31%).",
                note="'the researchers found'.",
            ),
            C(
                "it isn't necessarily a safer world for everyone, at least not in equal measure",
                "Injury Prevention",
                D,
                "supported",
                rel="This fall was significant for 22 of the 26 causes of injury, including all the major ones. But there were some variations, according to age, gender, geography, and time.",
                note="'the findings make clear'.",
            ),
        ],
    )
)

# 16
DC, EHU = "David Cartwright", "Eye Health UK"
STORIES.append(
    dict(
        story_id="news-25-169-express.co.uk-3",
        story_note="Wrong pairing: the story is about smoking and sight loss (Eye Health UK, No Smoking Day); the given release (Thorax) is about fruit and vegetable intake and COPD. Everything is therefore not_in_release. The unmarked pull quote and the captions are page furniture; ‘nucleus' is a quoted term.",
        quotes=[
            Q(
                "Cigarettes cause blindness yet Britain's seven million smokers are largely unaware of the dangers,",
                DC,
                P,
                NIR,
                note='Opened with " and closed with ”.',
            ),
            Q(
                "Fewer than 10 per cent realise smoking can affect their eye health.\n\n“This compares to 92 per cent associating smoking with lung cancer and 87 per cent identifying a link between smoking and the risk of heart disease.",
                DC,
                P,
                NIR,
                note="Two paragraphs, first not closed: one entry.",
            ),
            Q(
                "Half of all sight loss in the UK is avoidable and smoking is the single biggest modifiable risk factor.",
                DC,
                P,
                NIR,
                note="Not closed; the quotation resumes after captions and a pull quote. Split into two entries at the page furniture (doubtful: could be one entry).",
            ),
            Q(
                "Joining the NHS smoke free programme will improve your eye health and significantly reduce your risk of losing your sight.\n\n“After a decade or so being smoke free your risk of sight loss reduces to that of a non-smoker.",
                DC,
                P,
                NIR,
                note="Continuation of the previous quotation after page furniture; two paragraphs.",
            ),
            Q(
                "Having regular sight tests, once every two years unless advised otherwise by your optometrist, is vital for everyone but never more so than for smokers.\n\n“Early detection of conditions such as AMD is essential to prevent avoidable sight loss.",
                DC,
                P,
                NIR,
                note="Two paragraphs, first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "THE relationship between smoking and sight loss is as strong as the link between smoking and lung cancer",
                EHU,
                O,
                NIR,
                note="'a charity has warned' (standfirst, no body duplicate).",
            ),
            C(
                "A smoker is four times more likely to lose their sight than someone who has never smoked",
                EHU,
                O,
                NIR,
            ),
            C(
                "one in five cases of AMD, the UK's leading cause of blindness, can be directly attributed to tobacco consumption - equating to around 120,000 cases of AMD across the country",
                "British Medical Journal",
                D,
                NIR,
                note="'Research published in the British Medical Journal reveals'.",
            ),
            C(
                "Any amount of smoking, even light, occasional or second-hand can affect eye health and increase your chances of suffering sight-threatening eye diseases",
                EHU,
                O,
                NIR,
            ),
            C(
                "Smoking cigarettes has also been found to increase the risk of dry eye syndrome",
                None,
                D,
                NIR,
                note="Passive 'has been found'; no source named.",
            ),
        ],
    )
)

# 17
DB = "David Batty"
STORIES.append(
    dict(
        story_id="news-25-159-standard.co.uk",
        story_note="Headline quotation left out as headline matter.",
        quotes=[
            Q(
                "After statistical control for these factors, the results show that compared with people in the least distressed group, death rates in the most distressed group were consistently higher for cancer of the bowel, prostate, pancreas, and oesophagus and for leukaemia.",
                DB,
                P,
                "verbatim",
                rel="After statistical control for these factors, the results show that compared with people in the least distressed group, death rates in the most distressed group were consistently higher for cancer of the bowel, prostate, pancreas, and oesophagus and for leukaemia.",
            ),
            Q(
                "Our findings contribute to the evidence that poor mental health might have some predictive capacity for certain physical diseases but we are a long way off from knowing if these relationships are truly causal.",
                DB,
                P,
                "verbatim",
                rel="Our findings contribute to the evidence that poor mental health might have some predictive capacity for certain physical diseases but we are a long way off from knowing if these relationships are truly causal.",
            ),
            Q(
                'Anxiety and depression are significant health problems regardless of links to other illnesses.\n\n"Though we welcome this new piece of research which can help us to better understand the links between mental and physical health.',
                "Stephen Buckley",
                P,
                NIR,
                note="Mind comment; two paragraphs, first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "Anxiety and depression could increase the risk of dying from cancer",
                None,
                D,
                "distorted",
                rel="A study published by The BMJ today suggests that higher levels of psychological distress (anxiety and depression) may be associated with an increased risk of death from certain cancers.",
                how="causal",
                note="'research suggests'. Release: 'may be associated' with death from certain cancers.",
            ),
            C(
                "people categorised as the most distressed – such as suffering from anxiety or depression – were a third more likely to die from a range of cancers than those who were least distressed",
                "British Medical Journal",
                D,
                NIR,
                note="'The findings ... showed'. The release gives no 'a third more likely' figure (it names the cancers with higher death rates).",
            ),
            C(
                "the study did not prove distress definitely caused increased death, and it may be that undiagnosed cancer lowers people’s mood",
                "University College London, the University of Edinburgh, and the University of Sydney",
                O,
                "supported",
                rel=(
                    "The findings are observational, so no firm conclusions",
                    "might have had an underlying impact on mood.",
                ),
                note="'The researchers said'. The release's observational caveat and its reverse-causality sentence.",
            ),
            C(
                "a link between distress and cancer death remained despite this being taken into account",
                None,
                D,
                "supported",
                rel="In a bid to correct for this, they carried out a further analysis excluding study participants who died in the first five years of follow-up, but this made no difference to the findings - the links between distress and cancer remained.",
                note="'further analysis of a sub-group of patients suggested'.",
            ),
            C(
                "psychological distress is related to increased rates of cardiovascular disease",
                None,
                D,
                "distorted",
                rel="There is some evidence that psychological distress (anxiety and depression) is related to increased rates of cardiovascular disease, but links with different types of cancer are either unclear or untested.",
                how="other",
                note="'the findings adds to growing evidence that'. In the release the cardiovascular link is prior evidence; the findings add to evidence of predictive capacity for certain physical conditions, not to the cardiovascular link. Doubtful whether this is an attributed claim.",
            ),
        ],
    )
)

# 18
TK = "Tobias Kurth"
STORIES.append(
    dict(
        story_id="news-25-078-times oof india",
        story_note=None,
        quotes=[
            Q(
                "Our analysis suggests that migraine should be considered an important risk marker for cardiovascular disease, particularly in women,",
                TK,
                P,
                "altered",
                rel="these results further add to the evidence that migraine should be considered an important risk marker for cardiovascular disease, at least in women,",
                edits=[
                    (
                        "replace",
                        "these results further add to the evidence",
                        "Our analysis suggests",
                        False,
                    ),
                    ("replace", "at least in women", "particularly in women", True),
                ],
                note="The release quotes 'the authors' (Kurth not named). 'at least in women' (limited to what was shown) becomes 'particularly in women'.",
            ),
            Q(
                "The risk of developing cardiovascular events was shown to be 50 per cent higher in women with a diagnosis of migraine,",
                TK,
                P,
                NIR,
                note="The release gives no percentage.",
            ),
            Q(
                "When compared to women unaffected by the condition, the risk of developing a heart attack was 39 per cent higher for women with migraine, the risk of having a stroke 62 per cent higher, and that of developing angina 73 per cent higher,",
                TK,
                P,
                NIR,
                note="The release says only that the risk was greater for heart attacks, strokes and angina; the figures are not in it. Doubtful: could be read as a paraphrase with figures added.",
            ),
        ],
        claims=[
            C(
                "Women who suffer from migraine headaches have an increased risk of developing cardiovascular disease in later life",
                None,
                D,
                "supported",
                rel="Women diagnosed with migraines have a slightly increased risk of developing cardiovascular diseases, such as heart attacks and strokes, and are somewhat more likely to die from these conditions than women who do not have migraine, according to findings of a large study published in The BMJ today.",
                note="'says a study'. The release's 'slightly' is dropped; judged same meaning.",
            ),
            C(
                "women with migraine have a higher risk of stroke or heart attacks than those without the condition",
                None,
                D,
                "supported",
                rel="When compared to women who did not have migraine, these results show that women who reported a migraine had a greater risk for major cardiovascular disease, including heart attacks, strokes and angina/coronary revascularization procedures.",
                note="'The findings showed'.",
            ),
            C(
                "further research would be necessary in order to identify the underlying causes responsible for the links between migraine and cardiovascular diseases",
                None,
                P,
                "supported",
                rel="But more research is needed to determine possible causes, and whether treatments to prevent migraines could help to reduce these associated risks.",
                note="'The researchers said' (US and German team, unnamed).",
            ),
        ],
    )
)

# 19
DBo = "Daniel Bonanno"
STORIES.append(
    dict(
        story_id="news-25-149-thetimes.co.uk",
        story_note="Headline quotation left out as headline matter. The release names no researcher and has no quotations.",
        quotes=[
            Q(
                "Regular physical activity is known to provide health benefits, but exercise-related injuries are common. Among long distance runners and physically active defence force personnel, injuries ranged from 19 to 79 per cent.",
                DBo,
                P,
                NIR,
            ),
            Q(
                "Foot orthoses were found to be effective for preventing overall injuries and stress fractures but not soft-tissue injuries, while shock-absorbing insoles were not found to be effective for preventing any injury.",
                DBo,
                P,
                "paraphrase",
                rel=(
                    "When the data were pooled together, the results showed",
                    "Shock-absorbing insoles didn't lessen the risk of any type of injury.",
                ),
                note="The release's narrative gives the same findings in other words.",
            ),
        ],
        claims=[
            C(
                "Shock-absorbing insoles used by runners to reduce impact injuries do not work",
                None,
                D,
                "distorted",
                rel="There's no good evidence that shock-absorbing insoles, which are used to reduce impact and minimise muscle, tendon, and bone damage, do stave off injuries or stress fractures, reveals a pooled analysis of the available data, published online in the British Journal of Sports Medicine.",
                how="stronger",
                note="'according to a study of clinical trials'. Release: 'no good evidence' that they work (and much of the evidence is from military personnel); story: 'do not work'. Doubtful: the release also says they 'didn't lessen the risk of any type of injury'.",
            ),
            C(
                "they were ineffective at both",
                None,
                D,
                "distorted",
                rel="Contoured foot orthotics, which aim to redistribute pressure and alter neural sensory feedback and gait while walking or running, and soft insoles, which aim to soften impact, are often used to stave off injury risk and manage existing musculoskeletal conditions.",
                how="other",
                note="'the research concluded'. The review assessed injury prevention only; the story extends the finding to managing existing musculoskeletal conditions.",
            ),
            C(
                "the insoles did not lessen the risk of any type of injury and one trial suggested that they increased the risk",
                None,
                D,
                "supported",
                rel=(
                    "Shock-absorbing insoles didn't lessen the risk of any type of injury.",
                    "indicated they increased the risk.",
                ),
                note="'It found' (the study in the British Journal of Sports Medicine).",
            ),
        ],
    )
)

# 20
DM = "Dariush Mozaffarian"
STORIES.append(
    dict(
        story_id="news-25-155-straitstimes.com",
        story_note='The story is mainly about a BMJ salt-reduction study (Mozaffarian, Tufts) that the given release does not cover; only its last two paragraphs report the release\'s study (migraine and stroke after surgery). Annotated against the given release. "soft regulation" is a quoted term.',
        quotes=[
            Q(
                "a government-supported national policy to reduce population sodium intake by 10 per cent over 10 years would be cost-effective",
                DM,
                P,
                NIR,
                note="'the authors concluded' (the team led by Mozaffarian); salt study, not in the release.",
            ),
        ],
        claims=[
            C(
                "Reducing salt intake worldwide by just 10 per cent could save millions of lives",
                None,
                D,
                NIR,
                note="'a study reported' (salt study).",
            ),
            C(
                "Government-led public service campaigns could massively cut mortality and disability caused by salt-triggered heart attacks and strokes for just over 10 US cents (14 Singapore cents) a year per person",
                DM,
                P,
                NIR,
                note="'researchers calculated' (salt study).",
            ),
            C(
                "Most adults exceed the recommended maximum salt level of 2g a day, resulting in 1.65 million deaths from heart disease every year",
                "World Health Organisation",
                O,
                NIR,
            ),
            C(
                "national policies to curb salt consumption can reduce the number of people affected by high blood pressure and heart disease",
                None,
                D,
                NIR,
                note="'Research has shown'.",
            ),
            C(
                "cutting salt intake over a decade would avoid about 5.8 million DALYs every year, at an average cost of US$1.13 a person over the 10-year period",
                DM,
                P,
                NIR,
                note="'The study concluded' (salt study).",
            ),
            C(
                "The cost for each year of healthy life gained was roughly the same as what is currently spent on drugs used to prevent cardiovascular disease",
                DM,
                P,
                NIR,
                note="'they noted' (salt study).",
            ),
            C(
                "people who suffered migraines were at a higher risk of stroke after surgery",
                None,
                D,
                "supported",
                rel="Surgical patients with a history of migraines have a greater risk of stroke and readmission to hospital, finds a study published by The BMJ today.",
                note="'A separate study published in the BMJ yesterday said'.",
            ),
            C(
                "a history of migraines, which affect about one in five, should be taken into account when weighing the pros and cons of undergoing an operation",
                None,
                P,
                "supported",
                rel="Experts say migraine should be included in an individual's risk assessment of stroke before undergoing surgery.",
                note="'said the research team from the United States, Denmark and Germany'. 'which affect about one in five' is not in the release; the advice matches.",
            ),
            C(
                "the risk of stroke at 2.4 attacks for every 1,000 operations - a number which rose to 4.3 in 1,000 for migraine patients",
                None,
                P,
                "supported",
                rel="The researchers estimate that 2.4 strokes would be seen for every 1,000 surgical patients. This risk increases to 4.3 for every 1,000 patients with migraine diagnosis - 3.9 for migraine without aura, and 6.3 for migraine with aura.",
                note="'which calculated'.",
            ),
        ],
    )
)
