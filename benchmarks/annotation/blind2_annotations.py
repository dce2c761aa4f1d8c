"""Hand annotations of 25 InSciOut dev stories, the second blind set (issue 15), by the t15-annot
session, 2026-11-30, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.
Stories drawn by pick_blind2.py (seed 2027).

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_blind2.py turns them
into offsets and writes ../verdicts_blind2_dev.jsonl.
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
        story_id="news-27-002-GOOGLESEARCH nypost.com 2",
        story_note="Women's Health article reprinted by the New York Post; no quotations (“Jane the Virgin” is a title). Most findings (CADM2, MSRA, red hair) are the journalist's unattributed statements and are not annotated.",
        quotes=[],
        claims=[
            C(
                "your genes actually help influence when you’ll take the P-in-V plunge",
                "study published in Nature Genetics",
                D,
                "supported",
                rel="Age at first sexual intercourse is known to be influenced by social and family factors, such as peer pressure, but this study shows that genetic factors also have an influence on the timing of this sexual behaviour.",
                note="'new research says'.",
            ),
            C(
                "examined the genes of 125,667 men and women from Iceland and identified 38 sections of DNA that influenced when a person would have sex for the first time",
                None,
                P,
                "distorted",
                rel=(
                    "To identify the gene differences which influence timing",
                    "associated with age at first sexual intercourse.",
                ),
                how="population",
                note="'scientists examined ... and identified'. The 125,667 (59,357 men + 66,310 women) were UK Biobank participants aged 40-69; Iceland (deCODE) was a separate replication set. The 38 variants match. Whether a method sentence counts as a reported claim is arguable.",
            ),
            C(
                "your DNA can sway up to 25 percent of your decision",
                None,
                P,
                NIR,
                note="'Researchers say'; no share of the variation is given in the release.",
            ),
        ],
    )
)

# 2
STORIES.append(
    dict(
        story_id="news-25-050-sun.com",
        story_note="The £ figures (£1,500, £3,000, £28 a week) are not in the release, which reports no amounts; they come from elsewhere (likely the university's own release).",
        quotes=[
            Q(
                "This is the best available evidence to indicate that your height or weight can directly influence your earnings and other socioeconomic factors throughout your life.",
                "Tim Frayling",
                P,
                "paraphrase",
                rel="The findings provide the strongest evidence to date that overweight people, especially women, are at a socioeconomic disadvantage - and that taller people, especially men, are at a socioeconomic advantage.",
                note="The release has no Frayling quotation; its narrative says the findings are 'the strongest evidence to date' and the study tests a 'direct (causal) role'. Could also be read as not_in_release.",
            ),
            Q(
                "This won’t apply in every case. Many shorter men or overweight women are very successful.\n\n“But science must now ask why we are seeing this pattern. In a world where we are obsessed with body image, are employers biased?",
                "Tim Frayling",
                P,
                NIR,
                note="Two paragraphs, closed only at the end: one entry.",
            ),
            Q(
                "Taller men are perceived to be better leaders.\n\n“One Dutch study showed volunteers a photo of a man and then blew it up to make him look taller.\n\n“Even though it was the same man, they thought the one in the taller photo looked a better leader.",
                "Tim Frayling",
                P,
                NIR,
                note="Three paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                "OVERWEIGHT women can end up getting paid thousands a year less in wages",
                "Exeter University study",
                D,
                NIR,
                note="'a study claims'. Direction matches the release (higher BMI leads to lower income in women) but 'thousands a year' is not in the release, which measured household income, not wages.",
            ),
            C(
                "A woman a stone heavier than another of the same height gets on average around £1,500 a year less — double that if she weighs 2st more",
                "Exeter University study",
                D,
                NIR,
                note="'the findings suggest'; no amounts in the release.",
            ),
            C(
                "short men similarly get paid less than their taller colleagues",
                "Exeter University study",
                D,
                "supported",
                rel="The results show that shorter height, as estimated by genetics, leads to lower levels of education, lower job status, and less income, particularly in men, and that higher BMI leads to lower income and greater deprivation in women.",
                note="'The study also found'.",
            ),
            C(
                "people from poorer backgrounds are less likely to grow tall and more likely to pile on the pounds",
                None,
                D,
                "supported",
                rel="In developed countries, being taller and thinner are associated with higher socioeconomic status, but the directions of these associations are not fully understood.",
                note="'Research shows' (earlier research, unnamed). The release states the association and says its direction is not fully understood; the story's next sentence (journalist's own) gives a cause.",
            ),
            C(
                "a woman lost £28 a week in earnings for each extra stone she weighed compared to someone of the same height",
                "Exeter University study",
                D,
                NIR,
                note="'Their results showed'; no amounts in the release.",
            ),
            C(
                "low self-esteem or depression may play a role and harm career prospects",
                None,
                P,
                "distorted",
                rel="However, they say possibilities include complex interactions between self esteem, stigma, positive discrimination, and increased intelligence.",
                how="other",
                note="'Experts said' (unnamed). The authors list self esteem among possible factors; depression and career harm are not in the release.",
            ),
            C(
                "overweight or short employees may also face workplace discrimination",
                None,
                P,
                "supported",
                rel="However, they say possibilities include complex interactions between self esteem, stigma, positive discrimination, and increased intelligence.",
                note="'they suggested' (the unnamed experts). The release's possibilities include stigma and discrimination; 'workplace' is the story's.",
            ),
        ],
    )
)

# 3
STORIES.append(
    dict(
        story_id="news-25-152-express.co.uk",
        story_note="Most figures are restated from the release by the journalist without attribution and are not annotated. The headline quotation 'can trigger symptoms' is left out as headline matter.",
        quotes=[
            Q(
                "This research extends the deleterious effect of cured meat on health, and the effect of diet on asthma in adults, and provides a novel analytic approach regarding the role of BMI in the diet-asthma association.",
                "Zhen Li",
                P,
                "verbatim",
                rel="This research extends the deleterious effect of cured meat on health, and the effect of diet on asthma in adults, and provides a novel analytic approach regarding the role of BMI in the diet-asthma association",
                note="In the release these are the authors' written conclusion ('they conclude'); the story gives them to study author Dr Zhen Li.",
            ),
        ],
        claims=[
            C(
                "EATING ham or other processed meat four times a week can trigger asthma symptoms",
                "study published in Thorax",
                D,
                "distorted",
                rel="A high dietary intake of cured and processed meats, such as ham and salami, is linked to worsening asthma symptoms, reveals research published online in the journal Thorax.",
                how="causal",
                note="'according to new research'. The release reports an association with worsening symptoms in an observational study; the story says the meat 'can trigger' symptoms.",
            ),
            C(
                "a high dietary intake of cured and processed meats - such as ham, sausages or salami - is linked to worsening asthma symptoms",
                "study published in Thorax",
                D,
                "supported",
                rel="A high dietary intake of cured and processed meats, such as ham and salami, is linked to worsening asthma symptoms, reveals research published online in the journal Thorax.",
                note="'The study suggests'.",
            ),
            C(
                "four or more weekly servings seem to have the greatest impact on symptoms",
                "study published in Thorax",
                D,
                "supported",
                rel="Four or more weekly servings seem to have the greatest impact on symptoms, the findings suggest.",
                note="'according to the findings published online by the journal Thorax'.",
            ),
            C(
                "cured and processed meat is rich in nitrites, which may have a role in airway inflammation-a typical feature of asthma",
                None,
                P,
                "supported",
                rel="Cured and processed meat is rich in nitrites, which may have a role in airway inflammation--a typical feature of asthma.",
                note="'Researchers say' (unnamed); release narrative.",
            ),
            C(
                "the findings suggest that processed meat intake may have an independent role in asthma symptoms",
                None,
                P,
                "supported",
                rel="Overweight/obesity, which has previously been linked to worsening asthma, accounted for just 14% of this association, the calculations showed, suggesting that processed meat intake may have an independent role in asthma symptoms, say the researchers.",
                note="'The researchers said'.",
            ),
            C(
                "no firm conclusions can be drawn about cause and effect as it was only an observational study",
                None,
                P,
                "supported",
                rel="This is an observational study, so no firm conclusions can be drawn about cause and effect.",
                note="'They said'.",
            ),
            C(
                "research from other countries points to a potential role for cured and processed meats in lung function and health",
                None,
                P,
                "supported",
                rel="Nevertheless, research from other countries points to a potential role for cured/processed meats in lung function and health, say the researchers.",
                note="'they added'.",
            ),
        ],
    )
)

# 4
STORIES.append(
    dict(
        story_id="news-26-034-thescottishsun.co.uk",
        story_note="The release never mentions chocolate (cocoa appears only in a list of magnesium sources). The photo caption ('experts have revealed') and the unattributed 'it seems' sentence are left out.",
        quotes=[
            Q(
                "Low levels of magnesium in the body have been associated with a range of diseases but no conclusive evidence has been put forward on the link between dietary magnesium and health risks.\n\n“Our meta-analysis provides the most up-to-date evidence supporting a link between the role of magnesium in food and reducing the risk of disease.",
                "Fudi Wang",
                P,
                "verbatim",
                rel=(
                    "Low levels of magnesium in the body",
                    "reducing the risk of disease.",
                ),
                note="Two paragraphs, closed only at the end: one entry.",
            ),
            Q(
                "The current health guidelines recommend a magnesium intake of around 300mg per day for men and 270mg per day for women.\n\n“Despite this, magnesium deficiency is relatively common, affecting between 2.5 per cent and 15 per cent of the general population.\n\n“Our findings will be important for informing the public and policy makers on dietary guidelines to reduce magnesium deficiency related health risks.",
                "Fudi Wang",
                P,
                "verbatim",
                rel=(
                    "The current health guidelines recommend",
                    "magnesium deficiency related health risks.",
                ),
                note="Three paragraphs, one entry; 'per cent' for '%'.",
            ),
        ],
        claims=[
            C(
                "EATING more chocolate can help protect your ticker",
                "Zhejiang University and Zhengzhou University",
                O,
                "distorted",
                rel="A diet rich in magnesium may reduce the risk of diseases including coronary heart disease, stroke and type-2 diabetes according to a new meta-analysis published in the open access journal BMC Medicine.",
                how="other",
                note="'experts revealed today'. The release is about dietary magnesium ('may reduce the risk'); the story turns it into a claim about eating chocolate, and firmer ('can help protect').",
            ),
            C(
                "it is that key nutrient that experts say can have the protective benefits",
                "Zhejiang University and Zhengzhou University",
                O,
                "supported",
                rel="A diet rich in magnesium may reduce the risk of diseases including coronary heart disease, stroke and type-2 diabetes according to a new meta-analysis published in the open access journal BMC Medicine.",
                note="Cleft sentence: the attribution ('experts say') sits inside the span. Magnesium 'can have the protective benefits' vs the release's 'may reduce the risk': taken as the same claim; a stricter reading would call it stronger.",
            ),
            C(
                "people who ate the most dietary magnesium had a 10 per cent lower risk of coronary heart disease, 12 per cent lower risk of stroke and a 26 per cent lower risk of type-2 diabetes",
                "study published in BMC Medicine",
                D,
                "supported",
                rel="The researchers, from Zhejiang University and Zhengzhou University in China, found that people in the highest category of dietary magnesium consumption had a 10% lower risk of coronary heart disease, 12% lower risk of stroke and a 26% lower risk of type-2 diabetes compared to those in the lowest category.",
                note="'A new study, by scientists at Zhejiang University and Zhengzhou University in China, found'.",
            ),
            C(
                "eating an extra 100mg of the nutrient each day can reduce the risk of stroke by seven per cent, and type-2 diabetes by 19 per cent",
                "study published in BMC Medicine",
                D,
                "supported",
                rel="Their results also indicate that an extra 100mg per day of dietary magnesium could also reduce risk of stroke by 7% and type-2 diabetes by 19%.",
                note="'The findings, published in BMC Medicine, suggest'.",
            ),
            C(
                "their findings reinforce the notion that increased consumption of magnesium rich foods could be beneficial for overall health",
                "Zhejiang University and Zhengzhou University",
                O,
                "supported",
                rel="The authors state that their findings reinforce the notion that increased consumption of magnesium rich foods could be beneficial for overall health.",
                note="'The authors state'.",
            ),
        ],
    )
)

# 5
STORIES.append(
    dict(
        story_id="news-22-002-telegraph.co.uk",
        story_note="The standfirst ('University College London researchers explain why ...') is left out as headline matter. \"deaf\" and \"inattentional deafness\" are quoted terms, not quotations.",
        quotes=[
            Q(
                "Inattentional deafness is a common experience in everyday life, and now we know why.\n\n\"For example, if you try to talk to someone who is focusing on a book, game or television programme and don't receive a response, they aren't necessarily ignoring you, they might simply not hear you.\n\n\"This could also explain why you might not hear your train or bus stop being announced if you're concentrating on your phone, book or newspaper.",
                "Nilli Lavie",
                P,
                "verbatim",
                rel=(
                    "Inattentional deafness is a common experience",
                    "concentrating on your phone, book or newspaper.",
                ),
                note="Three paragraphs, closed only at the end: one entry. The release's attribution ('says co-author Professor Nilli Lavie') sits between the first and second sentences.",
            ),
            Q(
                "This has more serious implications in situations such as the operating theatre, where a surgeon concentrating on their work might not hear the equipment beeping.\n\n\"It also applies to drivers concentrating on complex satnav directions as well as cyclists and motorists who are focusing intently on something such as an advert or even simply an interesting-looking passer-by.\n\n\"Pedestrians engaging with their phone, for example texting while walking, are also prone to inattentional deafness. Loud sounds such as sirens and horns will be loud enough to get through, but quieter sounds like bicycle bells or car engines are likely to go unheard.",
                "Nilli Lavie",
                P,
                "verbatim",
                rel=(
                    "This has more serious implications",
                    "are likely to go unheard.",
                ),
                note="Three paragraphs, one entry.",
            ),
            Q(
                "This was an experimental lab study, which is one of the ways that we can establish cause and effect.\n\n\"We found that when volunteers were performing the demanding visual task, they were unable to hear sounds that they would normally hear.\n\n\"The brain scans showed that people were not only ignoring or filtering out the sounds, they were not actually hearing them in the first place.",
                "Maria Chait",
                P,
                "verbatim",
                rel=(
                    "This was an experimental lab study",
                    "they were not actually hearing them in the first place.",
                ),
                note="Three paragraphs, one entry; the release's attribution ('explains study co-author Dr Maria Chait') sits before the last sentence.",
            ),
        ],
        claims=[
            C(
                "If you are being snubbed while trying to get the attention of a child lost in their computer game, they are not being rude - they genuinely cannot hear you",
                "study published in the Journal of Neuroscience",
                D,
                "distorted",
                rel="For example, if you try to talk to someone who is focusing on a book, game or television programme and don't receive a response, they aren't necessarily ignoring you, they might simply not hear you!",
                how="stronger",
                note="'a new study reveals'. Lavie: they 'aren't necessarily ignoring you, they might simply not hear you'; the story: they 'are not being rude - they genuinely cannot hear you'.",
            ),
            C(
                "concentrating on a visual task can make people temporarily deaf to sounds at normal levels",
                "University College London",
                O,
                "supported",
                rel="Concentrating attention on a visual task can render you momentarily 'deaf' to sounds at normal levels, reports a new UCL study funded by the Wellcome Trust",
                occ=1,
                note="'Researchers found' (body sentence; the standfirst's near-identical wording is left out as headline matter).",
            ),
            C(
                "the senses of hearing and vision share a limited neural resource",
                "study published in the Journal of Neuroscience",
                D,
                "supported",
                rel="The study, published in the Journal of Neuroscience, suggests that the senses of hearing and vision share a limited neural resource.",
            ),
            C(
                "when they were engaged in a demanding visual task, the brain response to sound was significantly reduced",
                "study published in the Journal of Neuroscience",
                D,
                "supported",
                rel="Brain scans from 13 volunteers found that when they were engaged in a demanding visual task, the brain response to sound was significantly reduced.",
                note="'Brain scans from 13 volunteers found'.",
            ),
            C(
                "a higher rate of failures to detect sounds - even though the sounds were clearly audible and people did detect them when the visual task was easy",
                "study published in the Journal of Neuroscience",
                D,
                "supported",
                rel="Examination of people's ability to detect sounds during the visual demanding task also showed a higher rate of failures to detect sounds, even though the sounds were clearly audible and people did detect them when the visual task was easy.",
                note="'Examination of people's ability ... also showed'.",
            ),
            C(
                "the effects are driven by brain mechanisms at a very early stage of auditory processing which would be expected to lead to the experience of being \"deaf\" to these sounds",
                "University College London",
                O,
                "supported",
                rel="However, this is the first time that they have been able to determine, by measuring brain activity in real-time using MEG (magnetoencephalography), that the effects are driven by brain mechanisms at a very early stage of auditory processing which would be expected to lead to the experience of being 'deaf' to these sounds.",
                note="'the first time that they [the researchers] have been able to determine ... that'.",
            ),
        ],
    )
)

# 6
STORIES.append(
    dict(
        story_id="news-25-145-dailymail.co.uk",
        story_note="The story never names the researchers or their institution: 'the authors'/'they' get speaker null (person).",
        quotes=[
            Q(
                "Studies are also necessary to identify the sociocultural values and beliefs that mediate the relationships between a historically Catholic family or societal background and breast feeding.",
                None,
                P,
                NIR,
                note="'The authors of the study ... adding:'. The release only calls for further research 'to confirm or refute their findings'; this sentence (probably from the paper) is not in it.",
            ),
            Q(
                "socio-cultural background",
                None,
                P,
                NIR,
                note="Short partial quotation attributed by 'they added'; the release says 'cultural and religious norms'. Another annotator might treat it as a quoted term. Span without the stray leading space inside the mark.",
            ),
            Q(
                "Our results suggest that women living in a country or region where Catholicism has historically dominated are less likely to initiate breastfeeding, and that breastfeeding promotion policies should be adapted to better fit populations' cultural and religious norms,",
                None,
                P,
                "verbatim",
                rel="Our results suggest that women living in a country or region where Catholicism has historically dominated are less likely to initiate breastfeeding, and that breastfeeding promotion policies should be adapted to better fit populations' cultural and religious norms.",
                note="'they wrote'.",
            ),
        ],
        claims=[
            C(
                "Mothers who come from developed nations with a strong Catholic heritage are less likely to breastfeed",
                "study published in BMJ Global Health",
                D,
                "supported",
                rel="Women living in developed Western nations with a strong Catholic heritage, are less likely to breastfeed than those in countries where Protestantism predominates, concludes an observational study, published in the online journal BMJ Global Health.",
                note="'a study suggests'.",
            ),
            C(
                "a link between religious affiliation and breastfeeding rates in Western countries",
                None,
                P,
                "supported",
                rel="After taking account of influential factors, such as population density, gross domestic product (GDP) and the Human Development Index (HDI)--a composite measure of average life expectancy, educational attainment, and income per head of the population that is used to rank countries' development--the researchers found an association between religious affiliation and breastfeeding rates in Western countries.",
                note="'the researchers found'.",
            ),
            C(
                "further research to examine their findings",
                None,
                P,
                "supported",
                rel="They call for further research to confirm or refute their findings.",
                note="'The authors ... called for'.",
            ),
            C(
                "If confirmed, their finding could help health officials target their breastfeeding promotional materials according to \" socio-cultural background\"",
                None,
                P,
                "supported",
                rel="\"If confirmed at the individual level, our findings may help improve current breastfeeding promotion policies,\" they write.",
                note="'they added'; contains the short quotation. 'health officials' and targeting by background are close to the release's adapting policies to cultural norms.",
            ),
        ],
    )
)

# 7
STORIES.append(
    dict(
        story_id="news-25-138-uk.reuters.com",
        story_note="Reuters Health story with interview quotes (McLernon by email) and outside experts (Stern, Doody). Figures stated without attribution (age 31 vs 37, 9 percent) are not annotated; “Patient Predictor” and “OPIS” are names, not quotations.",
        quotes=[
            Q(
                "I don’t think women would want to undergo their first cycle of IVF just to determine their chances in future cycles – I think their aim would be to have a baby in that first attempt,",
                "David McLernon",
                P,
                NIR,
            ),
            Q(
                "To the degree that the patient understands that success rate, realizes that it is AN ESTIMATE ONLY, and understands that additional factors not included in the model could influence the outcome, it can be helpful,",
                "Judy Stern",
                P,
                NIR,
            ),
            Q(
                "It can also give false hope (or lack of hope) and it is thus important that patients thoroughly discuss these rates and their own specific situation with their providers,",
                "Judy Stern",
                P,
                NIR,
            ),
            Q(
                "These models are great in that they demonstrate that success rates with IVF can be quite high, but some women will need to undertake several cycles,",
                "Kevin Doody",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "A new calculator can help couples see their odds of success with in vitro fertilization (IVF) before they start treatment",
                "study in The BMJ",
                D,
                "supported",
                rel="Writing in The BMJ today, researchers describe a new calculator that has been developed to estimate the individualised chances of couples having a baby, both before and after first IVF treatment, and over multiple cycles.",
                note="'a recent study suggests'.",
            ),
            C(
                "With the new pre-treatment calculator, however, women can get an estimate of their chances before that first cycle of IVF and it can be adjusted based on what doctors discover after that cycle is completed",
                "David McLernon",
                P,
                "supported",
                rel="Clinicians can use the predictions when communicating a couple's chances before treatment begins, and then use revised predictions to couples about their future chances over multiple cycles.",
            ),
            C(
                "Overall, 29 percent of the women had a baby after one cycle and 43 percent delivered an infant after six complete cycles",
                "University of Aberdeen",
                O,
                NIR,
                note="'researchers report in The BMJ'; the release gives no overall success rates.",
            ),
            C(
                "A greater number of eggs produced in a cycle increased the odds of success up to 13 eggs, but more than that might mean lower quality eggs and lower chances of a baby",
                "study in The BMJ",
                D,
                "distorted",
                rel="After transfer of a fresh embryo in the first cycle, aside from the woman's age, increasing number of eggs collected (up to 13 eggs), embryo cryopreservation and stage of embryo transfer were the next best predictors of having a baby.",
                how="other",
                note="'the study found'. The first half matches the release; the claim that more than 13 eggs might mean lower quality and lower chances is not in it.",
            ),
            C(
                "before treatment, a 30-year-old woman with two years of unexplained infertility has a 46 percent chance of having a baby after one cycle of IVF and a 79 percent chance of success over three complete cycles",
                "University of Aberdeen",
                O,
                "supported",
                rel="For example, before treatment, a 30 year old woman with two years of unexplained infertility has a 46% chance of having a baby from the first complete cycle of IVF and a 79% chance over three complete cycles.",
                note="'researchers calculate'.",
            ),
            C(
                "IVF can take a steep emotional and financial toll on couples, and the calculator can’t address every factor that may influence whether any given cycle of treatment results in a baby",
                "University of Aberdeen",
                O,
                "supported",
                rel="The researchers caution that some potentially important characteristics of patients, such as BMI, smoking and alcohol intake and basal follicle stimulating hormone levels, were not available when developing the tool.",
                note="'the authors caution'. The missing-factors caveat is the release's; the emotional and financial toll is close to its 'prepare emotionally and financially'.",
            ),
            C(
                "It’s also possible that some factors not included in the calculator might still impact the odds of success for a given patient",
                "Judy Stern",
                P,
                "supported",
                rel="The researchers caution that some potentially important characteristics of patients, such as BMI, smoking and alcohol intake and basal follicle stimulating hormone levels, were not available when developing the tool.",
                note="Outside expert; the release makes the same point in the researchers' words.",
            ),
            C(
                "The calculator in the study does have some advantages over one from the Society for Assisted Reproductive Technology (SART) that many doctors currently use",
                "Kevin Doody",
                P,
                NIR,
            ),
            C(
                "SART’s “Patient Predictor” calculator (available here: bit.ly/1O5q2XX) only goes up to three cycles and doesn’t include some factors related to frozen embryos",
                "Kevin Doody",
                P,
                NIR,
            ),
            C(
                "the current study’s “OPIS” calculator (available here: bit.ly/2g4ZEWi) doesn’t predict success based on the number of embryos transferred or examine the risk of twins, things the SART calculator does include",
                "Kevin Doody",
                P,
                NIR,
            ),
        ],
    )
)

# 8
STORIES.append(
    dict(
        story_id="news-04-012-gulfnews.com",
        story_note="The standfirst is left out as headline matter. 'Also, death occurred 130 times more frequently ... (under 2,500g)' follows 'The findings showed' but has no attribution of its own and is not annotated; it misstates the release (hazard ratio 145; very low birthweight is <1,500 g). The death counts paragraph is the journalist's and not in the release.",
        quotes=[
            Q(
                "This study is significant as it shows, for the first time, that low birth weight is associated with increased death rates from infancy right through to adolescence,",
                "Sailesh Kotecha",
                P,
                "paraphrase",
                rel="Low birthweight is associated with increased death rates from infancy through adolescence, according to a population study of live births in England and Wales published this week in PLOS Medicine.",
                note="The release has no Kotecha quotation; its lede carries the finding. 'significant' and 'for the first time' are not in the release. Could be read as not_in_release (probably from the university's own release).",
            ),
            Q(
                "The study reaffirms the need to tackle important factors such as maternal smoking and deprivation which are well known to contribute to low birth weight,",
                "Sailesh Kotecha",
                P,
                "paraphrase",
                rel="The study, conducted by Sailesh Kotecha and colleagues of Cardiff University, Cardiff, United Kingdom, suggests that focusing on upstream events to prevent low birthweight remains an important health goal.",
                note="Same point as the release narrative ('focusing on upstream events to prevent low birthweight'), in other words. Could be read as not_in_release.",
            ),
            Q(
                "By understanding and ameliorating the influences of upstream exposures such maternal smoking and deprivation, later mortality can be decreased by reducing the delivery of vulnerable infants with low birth weight,",
                "Cardiff University",
                O,
                "altered",
                rel="By understanding and ameliorating the influences of upstream exposures such maternal smoking and deprivation, later mortality can be decreased by reducing the delivery of vulnerable infants with LBW.",
                edits=[("replace", "LBW", "low birth weight", False)],
                note="'the researchers concluded'; the story names Cardiff University for the team. The abbreviation is spelled out.",
            ),
        ],
        claims=[
            C(
                "Babies born with a low birth weight are at an increased risk of death in infancy till adolescence compared to babies born at a normal birthweight",
                "study published in PLOS Medicine",
                D,
                "supported",
                rel="Low birthweight is associated with increased death rates from infancy through adolescence, according to a population study of live births in England and Wales published this week in PLOS Medicine.",
                note="'suggests new research led by an Indian-origin scientist' (body sentence).",
            ),
            C(
                "death rates were higher in babies with low birth weight at both age groups",
                "study published in PLOS Medicine",
                D,
                "supported",
                rel="The respective hazard ratios for death occurring at age 1-18 years were 6.6 (6.1, 7.1) and 2.9 (2.8, 3.1).",
                note="'The findings showed'. The release gives raised hazard ratios for infant deaths and for ages 1-18.",
            ),
            C(
                "perinatal events and congenital malformations were the common causes of death in infancy",
                "Cardiff University",
                O,
                "supported",
                rel="Perinatal events and congenital malformations were the common causes of death in infancy.",
                note="'According to researchers'.",
            ),
            C(
                "conditions of the nervous system (20 per cent) and respiratory system (16 per cent) were found as the leading causes of death in the very low birth weight group",
                "study published in PLOS Medicine",
                D,
                NIR,
                note="Passive 'were found'. The causes match the release (ages 1-18, VLBW group) but the 20 and 16 per cent figures are not in it (figures not in the release -> not_in_release, as in the first extra set). A looser reading would call it supported.",
            ),
            C(
                "cancers and external conditions (including accidents) were seen as the primary causes of death in low birth weight groups",
                "study published in PLOS Medicine",
                D,
                "supported",
                rel="Among children aged 1-18 y, conditions of the nervous system and respiratory system were leading causes of death in the VLBW group while cancers and external conditions (including accidents) were primary causes of death in the ?2,500 g groups.",
                note="Passive 'were seen'.",
            ),
        ],
    )
)

# 9
STORIES.append(
    dict(
        story_id="news-25-126-dailymail.co.uk2",
        story_note=None,
        quotes=[
            Q(
                "We have been able to demonstrate that diluted honey is potentially a useful agent for reducing biofilm formation on indwelling plastic devices such as urinary catheters.\n\n\"Catheter infection rates can account for a large proportion of hospital acquired infections - it is an area of clinical practice that needs addressing.\n\n\"We hope that these results may offer an alternative way of preventing such infections. We believe that patients might also benefit from honey's anti-inflammatory properties, which are generally stronger in dark honeys, such as Manuka and that antibacterial resistance is unlikely to be a factor when honey is used.",
                "Bashir Lwaleed",
                P,
                "altered",
                rel=(
                    "Our study demonstrates that diluted honey",
                    "unlikely to be a factor when honey is used.",
                ),
                edits=[
                    ("replace", "Our study demonstrates", "We have been able to demonstrate", False),
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
                note="Three paragraphs, closed only at the end: one entry. The first sentence is the authors' written quotation with its method ('probably by using a periodic flushing agent') dropped; the middle sentences are not in the release; the last sentence turns release narrative ('They add that patients might also benefit ...') into first person. Could also be judged paraphrase as a whole.",
            ),
        ],
        claims=[
            C(
                "Manuka honey could be used to help keep internal medical devices such as urinary catheters free of infection",
                "study published in the Journal Of Clinical Pathology",
                D,
                "supported",
                rel="The findings raise the prospect of the honey’s potential use in patients fitted with medical devices, such as urinary catheters, which carry a high infection risk.",
                note="'according to new research'. Hedged ('could be used'), as the release's 'raise the prospect'.",
            ),
            C(
                "even low dilutions of Manuka honey can curb the activity and growth of bacterial biofilms - a thin layer of microbes that build up on, and stick to, any surface including plastic",
                "University of Southampton",
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
                "University of Southampton",
                O,
                "supported",
                rel="Further studies in which clinical conditions more closely resembling the flow of liquid in the bladder would be needed before any firm conclusions could be drawn.",
                note="'The researchers said'.",
            ),
        ],
    )
)

# 10
STORIES.append(
    dict(
        story_id="news-22-004-nzherald.com",
        story_note="A first-person article by the study's author Hayley Syrad (from The Conversation). 'We found' is given to Hayley Syrad; 'our research/study found' to the study. \"food responsiveness\", \"satiety responsiveness\", \"off switch\" and \"no\" are quoted terms. Her advice and opinions without an attribution cue are not annotated.",
        quotes=[
            Q(
                "My child is always asking for food",
                None,
                D,
                NIR,
                note="Questionnaire item, quoted as written; the story names only 'a questionnaire' (the release calls it the CEBQ but quotes no items).",
            ),
            Q(
                "My child gets full up easily",
                None,
                D,
                NIR,
                note="Questionnaire item, as above.",
            ),
        ],
        claims=[
            C(
                "one strategy is likely to be much more effective than the other depending on the traits in appetites of individual children",
                "study published in the American Journal of Clinical Nutrition",
                D,
                "distorted",
                rel="Reducing toddlers’ portion sizes or number of eating occasions could potentially help to target weight gain in later life according to new research from UCL.",
                how="stronger",
                note="'a study we recently published found'. The release says either strategy 'could potentially help'; it does not compare their effectiveness.",
            ),
            C(
                "children who react more strongly to appetising food than others are more likely to become overweight later on in life",
                None,
                D,
                "supported",
                rel="A number of previous studies have shown that children who are highly food responsive and/or have poor satiety responsiveness tend to be heavier, but how this might occur is not clear.",
                note="'research has shown' (previous studies).",
            ),
            C(
                "children who take longer to feel full, or have a tendency to ignore their feeling of fullness, tend to get heavier over time",
                None,
                D,
                "supported",
                rel="A number of previous studies have shown that children who are highly food responsive and/or have poor satiety responsiveness tend to be heavier, but how this might occur is not clear.",
                note="'We also know from research that'.",
            ),
            C(
                "food responsiveness and satiety responsiveness lead to different eating patterns",
                "study published in the American Journal of Clinical Nutrition",
                D,
                "supported",
                rel="The report found that these two appetitive traits follow different eating patterns.",
                note="'Our new research ... found that'. 'lead to' vs the release's 'follow'; a stricter reading would call it causal.",
            ),
            C(
                "children who are very responsive to food cues eat more often, and children who are less sensitive to fullness consume more calories each time they eat",
                "Hayley Syrad",
                P,
                "supported",
                rel="Children who are very responsive to food cues eat more frequently (i.e. more times per day), and children who are less sensitive to internal fullness sensations consume more calories each time they eat.",
                note="'We found that'.",
            ),
            C(
                "although both food responsiveness and satiety responsiveness may lead to overeating, they do so in different ways",
                "study published in the American Journal of Clinical Nutrition",
                D,
                "supported",
                rel="These eating behaviours may be potential mechanisms through which children exhibiting these appetitive traits are at risk of weight gain.",
                note="'This research suggests'.",
            ),
            C(
                "some children are better at this balancing act than others, and importantly less food responsive and more satiety responsive children do it in different ways",
                "study published in the American Journal of Clinical Nutrition",
                D,
                NIR,
                note="'What our study shows is that'; the release says nothing about children compensating between meals or days.",
            ),
            C(
                "children adjust their intake according to their appetite level",
                "Infant and Toddler Forum",
                O,
                NIR,
            ),
            C(
                "not all children adjust their intake and that some parents may need more specific advice based on their child's appetite",
                "study published in the American Journal of Clinical Nutrition",
                D,
                "supported",
                rel="“Currently there is little guidance for parents of young children on recommended eating frequency and portion sizes, and our research suggests that some parents may need more tailored advice and information if their child is at risk of overeating.”",
                note="'our study shows that'. The advice part matches Syrad's release quotation ('suggests'); 'not all children adjust their intake' is not stated in the release.",
            ),
            C(
                "tackling portion sizes at a policy level, for example reducing portion sizes in restaurants, or reducing the size of tableware",
                None,
                D,
                NIR,
                note="'A recent study suggested' (another study).",
            ),
            C(
                "individual differences in consumption behaviour also play a role",
                "study published in the American Journal of Clinical Nutrition",
                D,
                "supported",
                rel="These eating behaviours may be potential mechanisms through which children exhibiting these appetitive traits are at risk of weight gain.",
                note="'the current study highlights how'.",
            ),
        ],
    )
)
