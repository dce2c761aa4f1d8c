"""Hand annotations of 20 extra InSciOut dev stories (issue 15), by the s15-annot session,
2026-11-30, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_extra.py turns them
into offsets and writes ../verdicts_extra_dev.jsonl.
"""


def Q(text, speaker, kind, truth, rel=None, edits=(), note=None, occ=0):
    return dict(text=text, speaker=speaker, kind=kind, truth=truth, rel=rel, edits=list(edits),
                note=note, occ=occ)


def C(text, speaker, kind, truth, rel=None, how=None, note=None, occ=0):
    return dict(text=text, speaker=speaker, kind=kind, truth=truth, rel=rel, how=how, note=note,
                occ=occ)


P, O, D = "person", "organisation", "document"
NIR = "not_in_release"
STORIES = []

# 1
STORIES.append(dict(story_id="news-25-173-mirror.co.uk", story_note=None, quotes=[
    Q("Our findings should be considered as indicative rather than definitive,", "University of Oxford", O,
      "paraphrase", rel=("And the researchers emphasise that the size", "indicative rather than definitive"),
      note="'the authors'; the story names only the University of Oxford for the researchers. The release says in its own narrative that 'the results should be taken as indicative rather than definitive'."),
    Q("People admitted to hospital with an autoimmune disease, likely to be those at the severe end of the disease spectrum, do appear to have an elevated risk of dementia.\n\n“This finding is consistent with autoimmune disease predisposing to vascular risk and vascular dementia.\n\n“It is also, separately, consistent with the theory that Alzheimer’s disease may have an autoimmune component.",
      "University of Oxford", O, "paraphrase",
      rel=("Although significant, the extent", "may have an autoimmune component, they point out."),
      note="Three paragraphs, closed only at the end: one entry. The release has no quotation; its narrative carries the Alzheimer's-autoimmune sentence and (elsewhere) the vascular speculation. 'at the severe end of the disease spectrum' is not in the release."),
    Q("We are becoming increasingly aware of the important role the immune system plays in dementia, and this new study provides evidence to support this link.\n\n“As this study is observational and based only on hospital admission records, we cannot draw firm conclusions from its findings, but it supports ongoing work into the contribution of the immune system to dementia.\n\n“There are 850,000 people living with dementia in the UK and there are as yet no treatments that can slow or stop damage to the brain in diseases like Alzheimer’s.\n\n“Targeting immune and inflammatory responses is a promising approach for researchers working on new dementia treatments.",
      "Rosa Sancho", P, NIR, note="Alzheimer's Research UK comment; four paragraphs, one entry."),
    Q("We’d urge people with MS not to worry when they read this research. The study talks about very small differences in the chance of being admitted to hospital for dementia and it doesn’t mean that people with MS should be doing anything different.\n\n“MS affects more than 100,000 people in the UK and as part of our Treat Me Right campaign we’re calling for people with the condition to get a yearly review with their neurologist. It’s only through being seen regularly that a neurologist could pick up any issues with symptoms like cognition.",
      "Imogen Scott-Plummer", P, NIR, note="MS Society comment; two paragraphs, one entry."),
], claims=[
    C("People suffering auto-immune disease stand a higher risk of getting \u00a0dementia", None, D, "distorted",
      rel="Autoimmune disease may be linked to a heightened risk of dementia, indicates a large long term study, published in the Journal of Epidemiology & Community Health.",
      how="stronger", note="'a study showed'. The release hedges ('may be linked') and the data concern people admitted to hospital; the story states a higher risk as shown."),
    C("People who suffer autoimmune diseases such as multiple sclerosis may have an elevated risk of developing dementia", None, D, "supported",
      rel="Autoimmune disease may be linked to a heightened risk of dementia, indicates a large long term study, published in the Journal of Epidemiology & Community Health.",
      occ=1, note="'a new study suggests' (body sentence; the identical standfirst under the headline is left out as headline matter)."),
    C("autoimmune disease to an increased risk of going on to suffer dementia", "University of Oxford", O, "supported",
      rel="Autoimmune disease may be linked to a heightened risk of dementia, indicates a large long term study, published in the Journal of Epidemiology & Community Health.",
      note="'Researchers have linked ...'."),
    C("autoimmune and inflammatory activity may have a role in the development of dementia", None, None, "supported",
      rel="It has been suggested that autoimmune and inflammatory activity may have a role in the development of dementia.",
      note="Passive 'It has been suggested'; no source named."),
    C("Of these, 18 showed significant positive associations with dementia", "Journal Of Epidemiology And Community Health", D, "supported",
      rel="Of the 25 autoimmune diseases included in the analysis, 18 were significantly associated with dementia.",
      note="'according to the study published in the Journal Of Epidemiology And Community Health'."),
    C("the risk varied between different conditions: People with MS had an almost double risk, those with psoriasis showed a 29% heightened risk and people with Addison’s disease showed a 48% increased risk", "University of Oxford", O, "supported",
      rel="These included conditions as diverse as Addison’s disease (48 per cent heightened risk); MS (an almost doubling in risk); psoriasis (29 per cent heightened risk); and systemic lupus erythematosus (46 per cent increased risk)."),
    C("the size of the associations they found was small, so further research would be needed to confirm or refute the findings", "University of Oxford", O, "supported",
      rel=("And the researchers emphasise that the size", "confirm or refute the findings, they say.")),
]))

# 2
STORIES.append(dict(story_id="news-25-188-gulfnews.com", story_note="Release is from Occupational & Environmental Medicine (a BMJ journal); the story says The BMJ.", quotes=[
    Q("Those whose jobs had exposed them to high levels of extremely low electromagnetic fields were more than twice as likely to develop ALS as those who had never been exposed,",
      "Roel Vermeulen", P, "altered",
      rel="Those whose jobs had exposed them to high levels of extremely low electromagnetic fields were more than twice as likely to develop ALS as those who had never been exposed through their work.",
      edits=[("delete", "through their work", "", True)],
      note="'according to researchers led by Roel Vermeulen'. A release narrative sentence presented as a quotation; dropping 'through their work' widens the comparison group from people never exposed at work to people never exposed."),
    Q("This study has much better information on exposure to magnetic fields than previous studies,", "Neil Pearce", P, NIR),
    Q("If this finding is real, it is important as it identifies a new, preventable cause of ALS.", "Neil Pearce", P, NIR),
    Q("One has to take this result with caution, as the patient numbers were very low,", "Christian Holscher", P, NIR),
    Q("It is not clear what conclusion to draw.", "Christian Holscher", P, NIR),
    Q("chance is the most likely explanation for the findings.", "Paul Pharoah", P, NIR),
], claims=[
    C("Pilots, welders and other workers who are persistently exposed to high levels of electromagnetic fields may be at higher risk of developing deadly motor neuron disease",
      "Research in The BMJ", D, "supported",
      rel="Workplace exposure to very low frequency electromagnetic fields may be linked to a doubling in risk of developing the most common form of motor neurone disease—amyotrophic lateral sclerosis, or ALS for short—suggests research published online in Occupational & Environmental Medicine.",
      note="'according to a study published Thursday'. The job examples are not in the release; the hedge is kept."),
    C("a link between such exposure and amyotrophic lateral sclerosis (ALS)", "Research in The BMJ", D, "supported", occ=1,
      rel="Workplace exposure to very low frequency electromagnetic fields may be linked to a doubling in risk of developing the most common form of motor neurone disease—amyotrophic lateral sclerosis, or ALS for short—suggests research published online in Occupational & Environmental Medicine.",
      note="'Research in The BMJ drew a link ...' (body sentence; the identical standfirst is left out as headline matter)."),
    C("ALS may be associated with close workplace exposure to these fields", None, D, "supported",
      rel="Previous research has suggested that ALS might be linked to workplace exposure to extremely low frequency electromagnetic fields, electric shocks, solvents, metals, and pesticides.",
      note="'Earlier studies have suggested'."),
    C("There was no significant correlation with the other suspected sources", "Utrecht University", O, "distorted",
      rel="The other occupational factors assessed were only weakly associated with ALS risk in both men and women, and there was no clear evidence of a linear increase in risk according to the amount of cumulative exposure.",
      how="other", note="'the researchers found' (Vermeulen's Utrecht team). The release says the other factors were 'only weakly associated'; the story says no significant correlation. Doubtful: the two may be compatible."),
    C("scientists still did not know what the biological mechanism behind such exposure might be", "Neil Pearce", P, NIR),
]))

# 3
STORIES.append(dict(story_id="news-29-039-mirror.co.uk", story_note=None, quotes=[
    Q("step closer", "Leicester University", O, "verbatim", rel="step closer",
      note="Two-word partial quotation attributed to 'the team' (kept: attributed words, not a label; doubtful under the two-word rule). The release has the same phrase in quotation marks."),
    Q("For a number of people with asthma - particularly severe asthma - treatment is not 100 per cent effective.\n\n\"Although a number of new therapies are under investigation for allergy-related asthma there is still a need for new therapies for asthma that is not related to allergies.\n\n\"Asthma can be brought on by infections or exposure to different temperatures for instance. It doesn't have to be fur, dust or pollen.\n\n\"We have shown the amount of HMGB1 - a protein that can be released in the airways by cells involved in inflammation or by damaged cells - is increased in the mucous from the airways of people with severe asthma.\n\n\"There are two active forms and when we added them to smooth muscle cells from asthma patients they contracted more compared to those from people who didn't have the condition.\n\n\"The next step is to develop a drug that reduces or blocks it.\n\n\"To our knowledge this is the first study to show a direct effect of HMGB1 on enhancing airway muscle contraction in response to stimuli.\n\n\"The findings of this research bring us a step closer to improved treatments for people with severe asthma.",
      "Ruth Saunders", P, "altered",
      rel=("For a number of people with asthma, particularly", "step closer to improved treatments for people with severe asthma."),
      edits=[("insert", "", "Asthma can be brought on by infections or exposure to different temperatures for instance. It doesn't have to be fur, dust or pollen.", True),
             ("delete", "that", "", False),
             ("insert", "", "There are two active forms and when we added them to smooth muscle cells from asthma patients they contracted more compared to those from people who didn't have the condition.\n\n\"The next step is to develop a drug that reduces or blocks it.", True)],
      note="Eight paragraphs, closed only at the end: one entry. The release's quotation is kept (dashes for commas ignored) but three sentences not in the release are inserted into it."),
    Q("Asthma is characterised by variable airflow obstruction, airway hyper-responsiveness and inflammation.\n\n\"Thus, HMGB1 could contribute to airway hyper-responsiveness in asthma - possibly representing a potential therapeutic target.",
      "Ruth Saunders", P, NIR, note="Two paragraphs, one entry."),
    Q("It's an exciting time in asthma research. There are new treatments close to being in the clinic for allergy asthma and now we hope this can help with the non-allergy form.\n\n\"If it goes well we could have a viable drug in five to seven years.",
      "Ruth Saunders", P, NIR, note="Two paragraphs, one entry."),
], claims=[
    C("a protein which triggers the narrowing of airways which cause the potentially fatal lung condition", "Leicester University", O, "distorted", occ=1,
      rel="Scientists have, for the first time, discovered that an active form of a key protein, HMGB1, is increased and related to narrowing of the airway in people with severe asthma.",
      how="causal", note="'Researchers at Leicester University have identified ...' (body sentence; the identical standfirst is left out). Release: 'increased and related to narrowing'; story: 'triggers'."),
    C("a new treatment could be available within five years", "Leicester University", O, NIR,
      note="'The[y] believe'; no timeline in the release."),
    C("improved therapies are a \"step closer\" after they identified for the first time that severe sufferers have increased levels of a key protein HMGB1 which leads to airways constricting",
      "Leicester University", O, "distorted",
      rel=("Improved treatments for people with severe asthma are a", "related to narrowing of the airway in people with severe asthma."),
      how="causal", note="'The team said'. Release: HMGB1 'increased and related to narrowing'; story: 'leads to airways constricting'."),
]))

# 4
UCSF = "University of California San Francisco"
STORIES.append(dict(story_id="news-25-146-nypost.com", story_note=None, quotes=[
    Q("Grooming may cause epidermal micro-tears, which may increase the risk of STIs,", "Benjamin Breyer", P, "paraphrase",
      rel="To explain their findings, the researchers suggest that grooming might be a proxy for higher levels of sexual activity and associated infection risk, or that it might cause tiny skin tears, through which bacteria and viruses can easily pass.",
      note="Via the Telegraph. The release has no quotation; its narrative gives the skin-tear explanation."),
    Q("Another possible explanation for our findings, individuals who groom may be more likely to engage in risky sexual behaviors than those who do not groom.", "Benjamin Breyer", P, "paraphrase",
      rel="To explain their findings, the researchers suggest that grooming might be a proxy for higher levels of sexual activity and associated infection risk, or that it might cause tiny skin tears, through which bacteria and viruses can easily pass.",
      note="Release narrative: grooming 'might be a proxy for higher levels of sexual activity and associated infection risk'."),
], claims=[
    C("Get rid of your pubic hair at your own risk", "new study", D, "distorted",
      rel="Pubic hair grooming is linked to a heightened risk of acquiring a sexually transmitted infection, finds research published online in the journal Sexually Transmitted Infections.",
      how="causal", note="'a new study warns'. The release reports an association and says no firm conclusions about cause and effect."),
    C("People who prefer to go bare increase their chances of catching a sexually transmitted infection by 440 percent", UCSF, O, "distorted",
      rel="Among high frequency and extreme groomers, the practice was associated with a 3.5 to 4-fold heightened risk, particularly for infections that arise through skin on skin contact, such as herpes and HPV.",
      how="numbers", note="'researchers found'. Release: 3.5 to 4-fold (associated) among high frequency/extreme groomers, 80% for any grooming; no 440 percent. Also made causal ('increase their chances')."),
    C("Cleanly shaven folk have increased skin irritations, more sex, and share their shaving tools more often than their hirsute peers — three possible reasons for the increased risk", UCSF, O, "distorted",
      rel="To explain their findings, the researchers suggest that grooming might be a proxy for higher levels of sexual activity and associated infection risk, or that it might cause tiny skin tears, through which bacteria and viruses can easily pass.",
      how="other", note="'the researchers said'. The release offers two speculative explanations (proxy for sexual activity; skin tears); sharing of shaving tools is not in it, and the story states the differences as facts."),
    C("a majority of the study’s participants — about 75 percent — regularly primped their privates", UCSF, O, "distorted",
      rel="Almost three out of four (74%) respondents said they had groomed their pubic hair before, with more women (84%) than men (66%), saying they had done so.",
      how="other", note="'The researchers ... found'. Release: 74% had ever groomed; story: 'regularly'. The story's 7,500 is close to the release's 7580."),
    C("Women were most likely to use a razor, and men favored electric buzzers", UCSF, O, "supported",
      rel="An electric razor was the most common grooming tool among men (42%), while a manual razor was more common among women (61%)."),
]))

# 5
MP = "Mikko Pankalainen"
STORIES.append(dict(story_id="news-26-029-express.co.uk", story_note=None, quotes=[
    Q("High levels of pessimism have previously been linked to factors that affect cardiac health, such as inflammation, but data on the connection between risk of death from CHD and optimism and pessimism as personality traits are relatively scarce.\n\n\"Levels of pessimism can be measured quite easily and pessimism might be a very useful tool together with other known risk factors such as diabetes, hypertension or smoking to determine the risk of CHD-induced mortality.",
      MP, P, "verbatim", rel=("High levels of pessimism have previously", "to determine the risk of CHD-induced mortality."),
      note="Two paragraphs, first not closed: one entry. In the release the two sentences are separate quotations joined only by 'Dr. Pänkäläinen added:'."),
    Q("in uncertain times, I usually expect the best", "Life Orientation Test (LOT-R)", D, "verbatim",
      rel="in uncertain times, I usually expect the best",
      note="Questionnaire item quoted as written by the LOT-R; doubtful whether a quotation in the guide's sense (kept: words presented as written by a document)."),
    Q("if something can go wrong for me, it will", "Life Orientation Test (LOT-R)", D, "verbatim",
      rel="if something can go wrong for me, it will", note="Questionnaire item; as above."),
], claims=[
    C("BEING upbeat and optimistic really can prolong your life", "new study", D, "distorted",
      rel="Pessimism seems to be a strong risk factor for death from coronary heart disease (CHD), while optimism does not protect from it, according to a study published in the open access journal BMC Public Health that involved 2,267 middle aged and older Finnish men and women.",
      how="polarity", note="'a new study found'. The release says optimism does not protect and did not seem to have any effect; the story says optimism can prolong life (also causal)."),
    C("people with high levels of pessimism seemed to have a higher risk of CHD-induced mortality, even after adjusting for known physiological risk factors", "Finnish study", D, "supported",
      rel="Researchers at the Department of Psychiatry, Päijät-Häme Central Hospital, Finland, found that people with high levels of pessimism seemed to have a higher risk of CHD-induced mortality, even after adjusting for known physiological risk factors."),
    C("previous research treated optimism and pessimism as opposites on a continuous scale rendered conflicting results, particularly regarding associations between optimism and CHD-related deaths", MP, P, "supported",
      rel="Previous research that treated optimism and pessimism as opposites on a continuous scale rendered conflicting results, particularly regarding associations between optimism and CHD-related deaths.",
      note="'Dr Pankalainen noted'; release narrative, not attributed to him there."),
    C("observational studies can show possible links between risk of death from CHD and pessimism, but they cannot show cause and effect because other factors may play a role", MP, P, "supported",
      rel="Observational studies like this one can show possible links between risk of death from CHD and pessimism, but they cannot show cause and effect because other factors may play a role.",
      note="'Dr Pankalainen said'; release narrative, not attributed to him there."),
]))

# 6
STORIES.append(dict(story_id="news-25-114-thetimes.co.uk", story_note=None, quotes=[
    Q("If you are pregnant or think you could become pregnant, the safest approach is not to drink alcohol at all, to keep risks to your baby to a minimum.",
      "government guidelines", D, NIR, note="'The guidance states'; the UK alcohol guidelines. The release only mentions that official guidelines recommend abstinence."),
    Q("Our study showed that consumption of 14 or more servings of alcohol a week was slightly associated with reduced fecundability, but consumption of lower amounts seemed to have no discernible effect on fertility,",
      None, P, "paraphrase",
      rel=("Women who drink 14 or more servings of alcohol a week are slightly more likely", "seemed to have no effect on women's fertility, nor did the type of alcohol beverage consumed."),
      note="'wrote the study's authors' (unnamed Danish researchers); from the paper. The release states the same findings in its own words."),
    Q("Nonetheless, because the foetus may be particularly vulnerable to alcohol during the first few weeks after conception, it would seem prudent for women who are trying to become pregnant to abstain from alcohol until a pregnancy has been ruled out.",
      None, P, "paraphrase",
      rel="But the authors still recommend for couples to abstain from alcohol during their fertile window until a pregnancy is ruled out, because the fetus may be particularly vulnerable to alcohol during the first few weeks after conception.",
      note="Second entry of the study authors' quotation. The release recommendation is for couples during their fertile window; the quotation says women."),
    Q("Infertility can be a devastating experience for couples. Millions of women will look for lifestyle modifications, including their alcohol consumption, to improve their chances of having a baby.",
      "Annie Britton", P, NIR, note="From her linked editorial; the release quotes other parts of it."),
    Q("Given that it can take many months to become pregnant, a woman may choose not to abstain from drinking for the duration. If alcohol is consumed moderately, it seems that this may not affect fertility.",
      "Annie Britton", P, "altered",
      rel="if alcohol is consumed moderately, it seems that this may not affect fertility.",
      edits=[("insert", "", "Given that it can take many months to become pregnant, a woman may choose not to abstain from drinking for the duration.", True)],
      note="The release holds only the second sentence (a partial quotation from her editorial); the first sentence is added."),
], claims=[
    C("Women who drink heavily are only at a slight risk of infertility and total abstinence may not improve the chances of having a baby", None, D, "supported",
      rel=("But total abstinence may not be necessary to improve conception rates", "suggests a study published by The BMJ today."),
      note="'a study has found'."),
    C("drinking the equivalent of two glasses of wine every night had little effect on conception", None, P, "distorted",
      rel="Low to moderate intake of alcohol, defined as one to seven servings a week, seemed to have no effect on women's fertility, nor did the type of alcohol beverage consumed.",
      how="numbers", note="'researchers in Denmark found'. Two glasses a night is 14 a week, the level the release links to slightly reduced fertility; the release finds no effect only for one to seven servings a week."),
    C("women who drank 14 or more servings of alcohol a week had the same chance of pregnancy as those who did not drink at all", None, D, "distorted",
      rel="Women who drink 14 or more servings of alcohol a week are slightly more likely to have reduced fertility, suggests a study published by The BMJ today.",
      how="polarity", note="'A study of 6,120 women, published in the BMJ, found'. The release says 14 or more servings are associated with slightly reduced fertility."),
    C("women who drank more than this amount had an 18 per cent lower chance of getting pregnant", None, P, NIR,
      note="'the researchers found'. The release gives no 18 per cent figure (only 37 pregnancies in 307 cycles vs 1381 in 8054), and its top category is 14 or more, not more than 14."),
]))

# 7
STORIES.append(dict(story_id="news-04-026-express.co.uk", story_note=None, quotes=[
    Q("The number of people with type 2 diabetes in the UK has gone from 700,000 to around 2.8m over two decades, and it continues to increase,",
      "Craig Currie", P, "verbatim", rel="The number of people with type 2 diabetes in the UK has gone from 700,000 to around 2.8m over two decades, and it continues to increase",
      note="The release's trailing '...' dropped."),
    Q("We are also seeing increased life expectancy from the disease which could be due to earlier diagnosis of the condition as well as drugs such as blood pressure tablets and statins for blood cholesterol.",
      "Craig Currie", P, "verbatim", rel="We are also seeing increased life expectancy from the disease which could be due to earlier diagnosis of the condition as well as drugs such as blood pressure tablets and statins for blood cholesterol."),
    Q("crisis", "Chris Askew", P, NIR,
      note="One-word partial quotation attributed to Askew ('has warned there is a ‘crisis’'); doubtful (kept as attributed words rather than a label). Diabetes UK is not in the release."),
], claims=[
    C("life-expectancy for people living with the condition has increased", "Cardiff University", O, "supported",
      rel="The new findings, based on data collected by GP services in the UK between 1991 and 2014, also show a marked increase in life expectancy for people with the disease, explaining in part its increased prevalence.",
      note="'experts have revealed'."),
    C("a marked increase in life expectancy for people with the disease, explaining in part its increased prevalence", "Cardiff University study", D, "supported",
      rel="The new findings, based on data collected by GP services in the UK between 1991 and 2014, also show a marked increase in life expectancy for people with the disease, explaining in part its increased prevalence.",
      note="'The findings ... also show'."),
    C("the increased number of people with the disease has also been linked to better diagnosis and rising levels of obesity", "Cardiff University study", D, "supported",
      rel="The increased number of people with the disease has also been linked to better diagnosis and rising levels of obesity; between 1993 and 2010 the proportion of obese people in the UK went from 13% to 26% for men and from 16% to 26% for women.",
      note="'The study, by the University of Cardiff, found'."),
    C("the prevalence of diagnosed type 2 diabetes increased with age, although this increase is lower in people aged 80 years and above", "Cardiff University study", D, "supported",
      rel="The data also reveal that the prevalence of diagnosed type 2 diabetes increased with age, although this increase is lower in people aged 80 years and above.",
      note="'The data also reveal'."),
    C("every week there are over 100 amputations due to people controlling their diabetes poorly", None, D, NIR, note="'Figures have revealed'; unnamed figures."),
    C("there is a ‘crisis’ surrounding the illness", "Chris Askew", P, NIR),
    C("people aren’t aware of the seriousness of the condition", "Chris Askew", P, NIR),
]))

# 8
STORIES.append(dict(story_id="news-22-006-theaustralian.com", story_note="No quotations: “suicide contagion” is a quoted term.", quotes=[], claims=[
    C("bereaved people are 65 per cent more likely to attempt suicide if they are grieving for comrades who took their own lives", "University College London", O, "supported",
      rel="People bereaved by the sudden death of a friend or family member are 65% more likely to attempt suicide if the deceased died by suicide than if they died by natural causes.",
      note="'British researchers have found' (the UCL team)."),
    C("losing someone to suicide should be considered a risk factor for early death, alongside such measures as familial history of heart attack or cancer", "new study", D, "distorted",
      rel="However, the new study suggests that a history of suicide among non-blood relatives and friends should also be considered when assessing suicide risk.",
      how="other", note="'The finding suggests'. The release makes suicide bereavement a factor in assessing suicide risk; the story makes it a risk factor for early death, compared with family history of heart attack or cancer."),
    C("screening should be extended to their in-laws and friends", "new study", D, "supported",
      rel="However, the new study suggests that a history of suicide among non-blood relatives and friends should also be considered when assessing suicide risk.",
      note="'the new study suggest'."),
    C("doctors and therapists should include such probes in clinical assessments of patients with psychological distress or suicidal thoughts", "Alexandra Pitman", P, "supported",
      rel=("Previous studies have shown family history of suicide", "should also be considered when assessing suicide risk."),
      note="'Lead researcher Alexandra Pitman ... said'. The release says it in narrative (risk assessments should consider it), not as Pitman's words; doubtful between supported and actor change."),
    C("it was not clear why suicide had such devastating effects on friends and relatives, particularly given that it did not appear to trigger higher rates of depression than other forms of bereavement", "Alexandra Pitman", P, NIR,
      note="Depression is not mentioned in the release."),
    C("it was possible that suicides inspired people to copy them — a phenomenon known as “suicide contagion” — but this was impossible to verify without gauging people’s attitudes before and after comrades had killed themselves", "Alexandra Pitman", P, NIR),
    C("taboos around suicide could make it particularly destructive", "University College London", O, "supported",
      rel=("“British people can be very uncomfortable talking about death", "sometimes even blamed for the death."),
      note="'The researchers say'. The release (Pitman) calls suicide a taboo subject whose avoidance isolates and stigmatises the bereaved, and reports that stigma explains the differences."),
]))

# 9
STORIES.append(dict(story_id="news-25-040-GOOGLESEARCHER washingtonpost.com", story_note=None, quotes=[
    Q("These findings not only identify a new locus for retirement research but also suggest a new avenue for practical intervention,",
      "Niklas K. Steffens", P, NIR, note="'Niklas K. Steffens ... and his co-authors wrote' (from the paper); the release quotes other sentences of the authors."),
], claims=[
    C("people with a good quality of life before retirement were more likely to have a similar quality of life after retirement", "study published in BMJ Open", D, "supported",
      rel="The results showed that individuals whose quality of life was good before retirement were more likely to score highly on quality of life assessment after retirement.",
      note="'The study found'. The next two paragraphs (lower risk of death, 2/5/12 percent) carry no attribution and are left out."),
    C("this was as good of a predictor as regular exercise", "study published in BMJ Open", D, "supported",
      rel="\"Accordingly, we can see that the effects of physical activity on health were comparable to those associated with maintaining old group memberships and developing new ones,\" write the researchers.",
      note="'The researchers calculated that'."),
]))

# 10
STORIES.append(dict(story_id="news-25-197-independent.co.uk", story_note="“Western diet” (headline and body) is a quoted term, not a quotation.", quotes=[
    Q("The DASH diet may provide an attractive preventive dietary approach for men at risk of gout,", None, P, "altered",
      rel="may provide an attractive preventive dietary approach for the risk of gout",
      edits=[("replace", "the risk of gout", "men at risk of gout", True)],
      note="'the authors concluded' (unnamed US and Canada based researchers). The release's partial quotation has 'for the risk of gout'; the story's 'men at' adds a population (probably the paper's wording). Significance doubtful."),
], claims=[
    C("modern eating habits in Western countries could also cause the painful condition", None, P, "distorted",
      rel="A diet rich in fruit and vegetables, nuts and whole grains and low in salt, sugary drinks, and red and processed meats, is associated with a lower risk of gout, whereas a typical 'Western' diet is associated with a higher risk of gout, finds a study published by The BMJ today.",
      how="causal", note="'researchers have said' (unnamed). Release: associated with a higher risk; observational, no firm conclusions about cause and effect."),
    C("A so-called “Western diet”, which includes a high intake of red and processed meat, sugary treats and fried food such as chips, can lead to tender, swollen joints",
      "new study published in the British Medical Journal (BMJ)", D, "distorted",
      rel="A diet rich in fruit and vegetables, nuts and whole grains and low in salt, sugary drinks, and red and processed meats, is associated with a lower risk of gout, whereas a typical 'Western' diet is associated with a higher risk of gout, finds a study published by The BMJ today.",
      how="causal", note="'according to a new study'. 'can lead to' turns the association into causation."),
    C("people whose diet is rich in fruit, vegetables and whole grains have a lower risk of gout", None, P, "supported",
      rel="A diet rich in fruit and vegetables, nuts and whole grains and low in salt, sugary drinks, and red and processed meats, is associated with a lower risk of gout, whereas a typical 'Western' diet is associated with a higher risk of gout, finds a study published by The BMJ today.",
      note="'found the researchers'."),
    C("a higher DASH score was associated with a lower risk for gout, while a higher score for a Western diet was associated with an increased risk for gout", None, P, "supported",
      rel="During 26 years of follow-up, a higher DASH score was associated with a lower risk for gout, while a higher Western pattern was associated with an increased risk for gout.",
      note="'The researchers found'."),
]))
