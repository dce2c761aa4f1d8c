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
        story_note='The standfirst (\'University College London researchers explain why ...\') is left out as headline matter. "deaf" and "inattentional deafness" are quoted terms, not quotations.',
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
                'This has more serious implications in situations such as the operating theatre, where a surgeon concentrating on their work might not hear the equipment beeping.\n\n"It also applies to drivers concentrating on complex satnav directions as well as cyclists and motorists who are focusing intently on something such as an advert or even simply an interesting-looking passer-by.\n\n"Pedestrians engaging with their phone, for example texting while walking, are also prone to inattentional deafness. Loud sounds such as sirens and horns will be loud enough to get through, but quieter sounds like bicycle bells or car engines are likely to go unheard.',
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
                'This was an experimental lab study, which is one of the ways that we can establish cause and effect.\n\n"We found that when volunteers were performing the demanding visual task, they were unable to hear sounds that they would normally hear.\n\n"The brain scans showed that people were not only ignoring or filtering out the sounds, they were not actually hearing them in the first place.',
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
                'the effects are driven by brain mechanisms at a very early stage of auditory processing which would be expected to lead to the experience of being "deaf" to these sounds',
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
                'If confirmed, their finding could help health officials target their breastfeeding promotional materials according to " socio-cultural background"',
                None,
                P,
                "supported",
                rel='"If confirmed at the individual level, our findings may help improve current breastfeeding promotion policies," they write.',
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
        story_note='A first-person article by the study\'s author Hayley Syrad (from The Conversation). \'We found\' is given to Hayley Syrad; \'our research/study found\' to the study. "food responsiveness", "satiety responsiveness", "off switch" and "no" are quoted terms. Her advice and opinions without an attribution cue are not annotated.',
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

# 11
STORIES.append(
    dict(
        story_id="news-26-025-telegraph.co.uk",
        story_note="'this is the first evidence to show it can ward off illness for Britons' is the journalist's own (no attribution) and is not annotated.",
        quotes=[
            Q(
                "The benefits of the Mediterranean diet for cardiovascular health are well documented in countries of the Mediterranean region, but this is the first study to evaluate this in the UK,",
                "Nita Forouhi",
                P,
                "verbatim",
                rel="The benefits of the Mediterranean diet for cardiovascular health are well documented in countries of the Mediterranean region, but this is the first study to evaluate this in the UK.",
            ),
            Q(
                "If our findings are broadly representative of the overall UK population, then we can assume that higher level of adherence to the Mediterranean diet could have significant impact in lowering the cardiovascular disease burden in the UK.",
                "Nita Forouhi",
                P,
                "verbatim",
                rel="If our findings are broadly representative of the overall UK population, then we can assume that higher level of adherence to the Mediterranean diet could have significant impact in lowering the cardiovascular disease burden in the UK.",
                note="Separate paragraph, no attribution of its own: continues Forouhi.",
            ),
            Q(
                "robust evidence",
                "Medical Research Council and Cambridge University",
                O,
                "verbatim",
                rel="their current findings provide robust evidence for a link",
                note="Two-word partial quotation attributed by 'the authors ... say the results provide'; kept, as the first extra set kept 'step closer'. Release narrative.",
            ),
            Q(
                "Encouraging greater adoption of the Mediterranean diet looks like a promising component of a of a wider strategy to help prevent cardiovascular disease, including other important factors such as not smoking and maintaining a healthy weight, blood cholesterol and blood pressure,",
                "Nita Forouhi",
                P,
                "verbatim",
                rel="Encouraging greater adoption of the Mediterranean diet looks like a promising component of a of a wider strategy to help prevent cardiovascular disease, including other important factors such as not smoking and maintaining a healthy weight, blood cholesterol and blood pressure.",
                note="The repeated 'of a of a' is in the release too.",
            ),
            Q(
                'This is a careful and rigorous study showing a relatively small but potentially important association between higher adherence to a Mediterranean style diet and reduced risk of incident heart disease, and death from heart disease.\n\n"It is consistent with previous studies, and its importance lies in its application to a British population.\n\n“A shift toward the Mediterranean diet seems to be a safe and prudent option to reduce the risk of heart disease in the UK.',
                "Ian Johnson",
                P,
                NIR,
                note="Outside expert; three paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                "Some 20,000 lives could be saved each year if Britons switched to a Mediterranean diet",
                "study published in BMC Medicine",
                D,
                NIR,
                note="'according to a new study'. The release gives 12.5% of cardiovascular deaths in the study population; the 20,000 UK figure is the journalist's extrapolation and is not in the release.",
            ),
            C(
                "people who followed a diet high in fruits, vegetables, whole grains, nuts, fish and olive oil lowered their risk of cardiovascular disease by up to 16 per cent",
                "Medical Research Council and Cambridge University",
                O,
                "distorted",
                rel="In this study, the first of its kind carried out in a UK population, the researchers found that healthy individuals with greater adherence to a Mediterranean-type diet had 6 to 16% lower risk of future cardiovascular disease compared to individuals who had poor adherence.",
                how="causal",
                note="'They discovered that'. An observed lower risk ('had ... lower risk') becomes people who 'lowered their risk'.",
            ),
            C(
                "12.5 per cent of cardiovascular deaths, such as heart attacks and strokes,\u00a0 could be prevented if everyone switched to the Mediterranean diet",
                "Medical Research Council and Cambridge University",
                O,
                "distorted",
                rel="We estimate that 3.9% of all new cardiovascular disease cases or 12.5% of cardiovascular deaths in our UK based study population could potentially be avoided if this population increased their adherence to the Mediterranean diet.",
                how="population",
                note="'The researchers estimate that'. The release: deaths 'in our UK based study population' could 'potentially' be avoided if 'this population increased their adherence'; the story: if 'everyone switched'.",
            ),
            C(
                "they adjusted for lifestyle and other factors which could have distorted the results",
                "Medical Research Council and Cambridge University",
                O,
                "supported",
                rel="However, they were careful to make comprehensive adjustments for lifestyle and other factors that could potentially distort the findings, and together with the consistency of results with other studies elsewhere their current findings provide robust evidence for a link.",
                note="'the authors say'.",
            ),
            C(
                "the results provide ‘robust evidence’ for a link",
                "Medical Research Council and Cambridge University",
                O,
                "supported",
                rel="However, they were careful to make comprehensive adjustments for lifestyle and other factors that could potentially distort the findings, and together with the consistency of results with other studies elsewhere their current findings provide robust evidence for a link.",
                note="'and say'; contains the partial quotation.",
            ),
        ],
    )
)

# 12
STORIES.append(
    dict(
        story_id="news-25-094-express.co.uk",
        story_note="The headline quotation is left out. The 'Researchers concluded' block has a paragraph with no quotation mark (the sugar/salt/fat figures), which is taken as the journalist's; the quotation is split there into two entries. The unattributed figures (salt 0.24g vs 0.08g, saturated fat 1.5g vs 0.6g, sugar) are not in the release and are not annotated.",
        quotes=[
            Q(
                "convenient alternative",
                "University of Aberdeen and the University of Warwick",
                O,
                "verbatim",
                rel="Ready meals are a convenient alternative, they say",
                note="Two-word partial quotation attributed by 'experts said ... as they can provide'; release narrative ('they say').",
            ),
            Q(
                "significantly higher",
                "University of Aberdeen and the University of Warwick",
                O,
                NIR,
                note="Two-word partial quotation ('the experts found ...'); the release gives the prices but not this wording.",
            ),
            Q(
                "The majority of commercial meals met energy density recommendations and can provide a convenient alternative which includes a greater vegetable variety per meal.\n\n“Home-cooked recipes provided 6%-77% more nutrients than commercial, however the majority of these recipes exceeded energy density and fat recommendations.",
                "University of Aberdeen and the University of Warwick",
                O,
                "paraphrase",
                rel=(
                    "Home cooked meals included a greater variety of vegetables",
                    "and over half (52%) exceeded the maximum range.",
                ),
                note="'Researchers concluded'; two paragraphs, the second never closed before an unmarked paragraph. The release narrative carries most of it (commercial products met energy density recommendations, greater vegetable variety per meal, home cooked meals exceeded energy density and fat recommendations, 'a convenient alternative'), but '6%-77% more nutrients' is not in the release.",
            ),
            Q(
                "Dietary fats contribute essential fatty acids and fat soluble vitamins together with energy and sensory qualities, thus are vital for the growing child, however excessive intakes may impact on childhood obesity and health.",
                "University of Aberdeen and the University of Warwick",
                O,
                "verbatim",
                rel="Dietary fats contribute essential fatty acids and fat soluble vitamins together with energy and sensory qualities, thus are vital for the growing child, however excessive intakes may impact on childhood obesity and health.",
                note="Closed by a wrong-way mark (“), which is left out of the span.",
            ),
        ],
        claims=[
            C(
                "HOME-made meals for babies and toddlers are not always better than shop-bought ones",
                "University of Aberdeen and the University of Warwick",
                O,
                "supported",
                rel="Home cooked meals specifically designed for infants and young children, are not always better than commercially available baby foods, suggests research published online in the Archives of Disease in Childhood.",
                note="'researchers say'.",
            ),
            C(
                "while home-cooking costs half the price, such meals actually contain almost treble the levels of saturated fat and treble the salt compared with shop-bought food",
                "study in Archives of Disease in Childhood",
                D,
                "distorted",
                rel="Home cooked meals also provided 26% more energy and 44% more protein and total fat, including saturated fat, than commercial products.",
                how="numbers",
                note="'A study found'. Half the price matches the release; the release gives 44% more fat including saturated fat, not 'almost treble', and says nothing about salt.",
            ),
            C(
                "a greater vegetable variety per meal in ready-made foods, despite a broader range of ingredients overall included in home-cooked recipes",
                "University of Aberdeen and the University of Warwick",
                O,
                "supported",
                rel="Home cooked meals included a greater variety of vegetables (33) than readymade meals (22), but commercial products contained a greater vegetable variety per meal, averaging 3 compared with 2 for home cooked recipes.",
                note="'Experts also found'.",
            ),
            C(
                "home-made meals were found to be more nutritious overall than meals from leading brands",
                "study in Archives of Disease in Childhood",
                D,
                "distorted",
                rel="Home cooked meals also provided 26% more energy and 44% more protein and total fat, including saturated fat, than commercial products.",
                how="other",
                note="Passive 'were found'. The release reports more energy, protein and fat (and too much energy density and fat), not that home meals are 'more nutritious overall'. Could be read as not_in_release.",
            ),
            C(
                "parents should not rule out shop-bought meals as they can provide a “convenient alternative”",
                "University of Aberdeen and the University of Warwick",
                O,
                "supported",
                rel="Ready meals are a convenient alternative, they say, but suggest that any parent looking to provide their child with a varied diet, should probably not rely solely on this source.",
                note="'experts said'; contains the partial quotation. The release adds that parents should not rely solely on ready meals.",
            ),
            C(
                "the average cost of commercial meals was “significantly higher” (£0.68 per 100g) than home-cooked recipes (£0.33 per 100g)",
                "University of Aberdeen and the University of Warwick",
                O,
                "supported",
                rel="But home cooked meals were around half the price of commercially available readymade meals: £0.33/100 g compared with £0.68/100 g, excluding fuel costs.",
                note="'the experts found'; contains the partial quotation.",
            ),
            C(
                "baby foods made by firms including Cow and Gate, Heinz and Ella's Kitchen have far fewer nutrients than home-made\u00a0meals",
                "2013 research in Archives of Disease in Childhood",
                D,
                NIR,
                note="Earlier (2013) study.",
            ),
            C(
                "many contain high levels of sugar and some are promoted for use from four months of age - a time when babies should still be on a diet of breast or formula milk",
                "2013 research in Archives of Disease in Childhood",
                D,
                NIR,
                note="'It said' (the 2013 study).",
            ),
            C(
                "Babies would need to eat twice as much shop-bought food to get the same energy and protein as meals cooked at home",
                "University of Glasgow",
                O,
                NIR,
                note="'researchers from the University of Glasgow concluded' (the 2013 study).",
            ),
        ],
    )
)

# 13
STORIES.append(
    dict(
        story_id="news-25-017-GOOGLE SEARCH telegraph.co.uk",
        story_note="The headline quotation and the standfirst ('New research published in the BMJ suggests ...') are left out as headline matter. Prescribing figures are the journalist's and not annotated.",
        quotes=[
            Q(
                "This confirms what many have been saying for some time.\n\n“Both antidepressants and talking therapies such as CBT should be offered for patients with depressive illnesses.",
                "Simon Wessely",
                P,
                NIR,
                note="Outside expert; two paragraphs, closed only at the end: one entry. The release's recommendation that both be accessible is close in meaning but these are Wessely's own words.",
            ),
            Q(
                "We should remember that it's not either/or here - the evidence repeatedly shows that the best outcomes comes from both together. If I were to develop depression I would want both antidepressants and talking therapies,",
                "Simon Wessely",
                P,
                NIR,
                note="'he said' after 'The Professor of Psychological Medicine, King’s College London’s Institute ...', a description of Wessely.",
            ),
            Q(
                "This research is important because it suggests that, when possible, patients should be given the opportunity to choose what treatment they would prefer.",
                "Shirley Reynolds",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Anti-depressants are no more effective than counselling in tackling depression",
                "BMJ study",
                D,
                "supported",
                rel="The available evidence suggests no difference in treatment effects of second generation antidepressants and cognitive behavioral therapy (CBT) either alone or in combination, for patients with major depressive disorder, finds a study in The BMJ today.",
                note="'a BMJ study has found'. 'counselling' for CBT and 'depression' for major depressive disorder; the release also stresses the low strength of evidence. A stricter reading could call it distorted (other).",
            ),
            C(
                "no statistical difference between drugs and therapy when it came to their effectiveness for moderate to severe depression",
                "BMJ study",
                D,
                "supported",
                rel="The team found no statistically significant difference in effectiveness between second generation antidepressants and CBT for response, remission, or change in depression score.",
                note="'The study found'.",
            ),
            C(
                "the drugs are often doled out because they are cheaper and there are long waits for other help, such as counselling",
                None,
                O,
                NIR,
                note="'Mental health charities have raised concerns that'.",
            ),
            C(
                "one in 10 patients seeking talking therapies waits more than a year before their needs are even assessed",
                None,
                D,
                NIR,
                note="'Last year a report found'.",
            ),
            C(
                "those with moderate to severe depression should be offered a combination of medication and counselling, with account taken of a patient’s preferences",
                "National Institute of Health and Care Excellence",
                O,
                NIR,
                note="'Guidance from the National Institute of Health and Care Excellence says'.",
            ),
            C(
                "Overall, there was an improvement of around 45 per cent in depression scores among patients in both groups",
                "BMJ study",
                D,
                NIR,
                note="'the research found'; no such figure in the release.",
            ),
            C(
                "many patients might prefer psychological treatments, but end up taking antidepressants because of limited access to counselling, where there are often long waiting lists",
                "Danube University",
                O,
                "distorted",
                rel="Some research suggests that patients might prefer treatment with psychotherapy over medication, but evidence about which treatments are most effective is unclear.",
                how="other",
                note="'Researchers said' (researchers led by Danube University). The preference is in the release (as earlier research); the limited access and waiting lists are not.",
            ),
            C(
                "the findings also suggested there could be a case for teaching school pupils basic therapies and interventions such as mindfulness, in a bid to help prevent depression",
                None,
                P,
                "supported",
                rel="Students could also be taught basic CBT or other interventions such as mindfulness, “with the aim of preventing symptoms rather than relying on treatment once symptoms start,” they conclude.",
                note="'Psychiatrists said' (unnamed; in the release, the editorial by psychiatrist Mark Sinyor and colleagues).",
            ),
            C(
                "decisions were likely to come down to patient preference and the availability of counselling services",
                "Simon Wessely",
                P,
                NIR,
                note="The release mentions patients' preferences as a reason to offer both, not the availability of services.",
            ),
            C(
                "other studies had found that people who were given an informed choice of treatment options were far more likely to feel that therapy was effective",
                "Rachel Boyd",
                P,
                NIR,
            ),
        ],
    )
)

# 14
STORIES.append(
    dict(
        story_id="news-04-013-Mail_Online",
        story_note="Quotations use single marks. The headline quotation and the quoted term 'cross-reactive' are left out. 'The research ... provides a first ever glimpse ...' copies the release without an attribution cue and is not annotated.",
        quotes=[
            Q(
                "Killer T-cells are extremely effective at killing off germs, but when they mistakenly attack our own tissues, the effects can be devastating.\n\n'During type 1 diabetes, killer T-cells are thought to attack pancreatic beta cells. These cells make the insulin that is essential for control of blood sugar levels.\n\n'When beta cells are destroyed, patients have to inject insulin every day to remain healthy.",
                "Andy Sewell",
                P,
                "verbatim",
                rel=("Killer T-cells are extremely effective", "every day to remain healthy."),
                note="Three paragraphs, closed only at the end: one entry.",
            ),
            Q(
                "Killer T-cells sense their environment using cell surface receptors that act like highly sensitive fingertips, scanning for germs.\n\n'However, sometimes these sensors recognise the wrong target, and the killer T-cells attack our own tissue.\n\n'We, and others, have shown this is what happens during type 1 diabetes when killer T-cells target and destroy beta cells.\n\n'In this new study, we wanted to find out what was causing these T-cells to kill beta cells.\n\n'We identified part of a bug that turns on killer T-cells so they latch onto beta cells.\n\n'This finding sheds new light on how these killer T-cells are turned into rogues, leading to the development of type 1 diabetes.",
                "David Cole",
                P,
                "verbatim",
                rel=(
                    "Killer T-cells sense their environment",
                    "leading to the development of type 1 diabetes.",
                ),
                note="Six paragraphs, one entry.",
            ),
            Q(
                "We still have much to learn about the definitive cause of type 1 diabetes and we know that there are other genetic and environmental factors at play.\n\n'This research is significant as it pinpoints, for the first time, an external factor that can trigger T-cells that have the capacity to destroy beta cells.",
                "David Cole",
                P,
                "verbatim",
                rel=("We still have much to learn", "the capacity to destroy beta cells."),
            ),
            Q(
                "This demonstrates the value of research that explores the fundamental cell biology of the immune system.\n\n'Finding the cellular mechanisms behind the development of autoimmune diseases, such as type 1 diabetes, could lead to treatments that help us lead longer, healthier lives.",
                "Melanie Welham",
                P,
                "verbatim",
                rel=(
                    "This demonstrates the value of research",
                    "help us lead longer, healthier lives.",
                ),
            ),
            Q(
                'Type 1 diabetes is a very serious and hard to treat condition affecting mainly young people.\n\n\'This new finding, demonstrating how external factors may trigger T-cells to "wake-up" and start attacking beta cells, helps to explain how this disease develops and could shape the future direction of new treatments and diagnostics.',
                "Matthias von Herrath",
                P,
                "verbatim",
                rel=("Type 1 diabetes is a very serious", "new treatments and diagnostics."),
            ),
        ],
        claims=[
            C(
                "Germs could play a role in the development of type 1 diabetes",
                "Cardiff University",
                O,
                "supported",
                rel="Germs could play a role in the development of type 1 diabetes by triggering the body’s immune system to destroy the cells that produce insulin, new University research suggests.",
                note="'experts have suggested'.",
            ),
            C(
                "specific bugs trigger the body's immune system, prompting it to destroy the cells that are responsible for producing insulin",
                "Cardiff University",
                O,
                "supported",
                rel="Germs could play a role in the development of type 1 diabetes by triggering the body’s immune system to destroy the cells that produce insulin, new University research suggests.",
                note="'They believe'. The hedge moves from 'could' to 'believe'; taken as the same certainty.",
            ),
            C(
                "killer T-cells, a type of white blood cell that normally protects us from germs, play a major role in type 1 diabetes",
                None,
                D,
                "supported",
                rel="Scientists have previously shown that killer T-cells, a type of white blood cell that normally protects us from germs, play a major part in type 1 diabetes by destroying insulin producing cells, known as beta cells.",
                note="'Past research has shown'.",
            ),
            C(
                "the same killer T-cells that cause type 1 diabetes are activated by some bacteria",
                "Cardiff University",
                O,
                "supported",
                rel="Now, using Diamond Light Source, the UK’s synchrotron science facility to shine intense super powerful X-rays into samples, a team from the University’s Systems Immunity Research Institute found the same killer T-cells that cause type 1 diabetes are strongly activated by some bacteria.",
                note="'researchers from Cardiff University have found'.",
            ),
            C(
                "their findings will lead to new ways to diagnose, prevent or even halt type 1 diabetes",
                "Cardiff University",
                O,
                "supported",
                rel="The team hope this research will lead to new ways to diagnose, prevent or even halt  type 1 diabetes.",
                note="'The team hope'.",
            ),
            C(
                "these killer T-cells were highly 'cross-reactive', meaning that they can react to lots of different triggers raising the possibility that a pathogen might stimulate the T-cells that initiate type 1 diabetes",
                "Cardiff University",
                O,
                "supported",
                rel="They found these killer T-cells were highly ‘cross-reactive’, meaning that they can react to lots of different triggers raising the possibility that a pathogen might stimulate the T-cells that initiate type 1 diabetes.",
                note="'They found' (the Cardiff team, previous studies).",
            ),
        ],
    )
)

# 15
STORIES.append(
    dict(
        story_id="news-26-033-express.co.uk",
        story_note="The headline quotation ‘important’ is left out. “trivial” (what others called Young's research) and the nested ‘is that serious research?’ inside Young's quotation are left out as a quoted label and a quotation inside a quotation.",
        quotes=[
            Q(
                "a form of encouragement",
                "Helen Brooks",
                P,
                NIR,
                note="Partial quotation: 'Dr Helen Brooks ... discovered that pets acted as'. Not in the release (probably from the paper).",
            ),
            Q(
                "symptoms and upsetting experiences",
                "Helen Brooks",
                P,
                "verbatim",
                rel="The participants stated that one reason for this was that their pet helped by distracting them from symptoms and upsetting experiences such as hearing voices or suicidal thoughts.",
                note="Partial quotation given as Brooks's finding; in the release it is narrative about what participants stated.",
            ),
            Q(
                "When you just want to sink into a pit and just sort of retreat from the entire world, they force me, the cats force me to sort of still be involved with the world.",
                None,
                P,
                "altered",
                rel="You just want to sink into a pit and just sort of retreat from the entire world, they force me, the cats force me to sort of still be involved with the world.",
                edits=[("insert", "", "When", False)],
                note="An anonymous participant. 'When' is added at the start; the meaning is kept.",
            ),
            Q(
                "They [the pets] don’t look at the scars on your arms, or they don’t question things or question where you’ve been.",
                None,
                P,
                NIR,
                note="Another anonymous participant; not among the release's participant quotes.",
            ),
            Q(
                "I think it’s hard when you haven’t had mental illness to know what the actual experience is for someone who has had the experience.\n\n“There’s a chasm, a deep chasm between us - a growing canyon.",
                None,
                P,
                NIR,
                note="Anonymous participant; two paragraphs, one entry.",
            ),
            Q(
                "Pets are, it seems to be, this amazing untapped and unrecognised resource - and you don’t have to tell people to have pets, you have them anyway.\n\n“I’ve had people ask, ‘is that serious research?’ But I think pets are amazing in that in my field, health promoters spend a lot of time telling people what they should be doing and people ignore them.\n\n“Understanding how this human-to-non-human stuff works, it’s like this little gold mine that we’re not recognising in terms of our welfare and our wellbeing.",
                "Janette Young",
                P,
                NIR,
                note="Three paragraphs, one entry.",
            ),
            Q(
                "We think that the way that pets operate is that they add to our relationship network and we know that the strengths of relationships makes a difference to people’s wellbeing.\n\n“Often when people have mental health issues they will have relatively fewer positive relationships and more negative relationships in their networks.",
                "Janette Young",
                P,
                NIR,
                note="'Speaking to ABC news'; two paragraphs, one entry.",
            ),
        ],
        claims=[
            C(
                "PET’S have the power to relieve mental-health sufferers of their symptoms",
                "study published in BMC Psychiatry",
                D,
                "distorted",
                rel="Pets can help people manage their long-term mental health conditions, according to research published in the open access journal BMC Psychiatry.",
                how="stronger",
                note="'a psychiatry study has revealed'. The release: pets 'can help people manage' their conditions and distract them from symptoms; the story: pets 'relieve' sufferers of their symptoms.",
            ),
            C(
                "pets acted as “a form of encouragement” for those with mental health conditions, whilst distracting them from “symptoms and upsetting experiences”",
                "Helen Brooks",
                P,
                "supported",
                rel="The participants stated that one reason for this was that their pet helped by distracting them from symptoms and upsetting experiences such as hearing voices or suicidal thoughts.",
                note="'Dr Helen Brooks ... discovered that'. The distraction is in the release; 'a form of encouragement' is not, but fits its 'range of positive roles'.",
            ),
            C(
                "six out of ten said their pets were a direct source of support",
                None,
                P,
                "distorted",
                rel="Pets played an important role in the social networks of people managing a long-term mental health problem, as 60% placed their pet in the central most important circle and 20% placed their pet in the second circle.",
                how="other",
                note="The participants, when asked by Brooks. In the release 60% placed their pet in the most important circle of their network diagram; they did not 'say' pets were a direct source of support.",
            ),
            C(
                "it’s difficult for people who don’t have illnesses to understand the importance of the study",
                None,
                P,
                NIR,
                note="An anonymous participant.",
            ),
            C(
                "her previous pet research has been dismissed as “trivial”",
                "Janette Young",
                P,
                NIR,
            ),
            C(
                "she was not surprised by the study because people who had limited or difficult human relationships would usually have an important relationship with their pets",
                "Janette Young",
                P,
                NIR,
                note="Outside academic. The release says pets gave support participants often did not get from other relationships, but not this general claim.",
            ),
        ],
    )
)

# 16
STORIES.append(
    dict(
        story_id="news-25-183-express.couk",
        story_note="The story garbles the team's institution ('Center led by Professor Patrick Rensen'; the release: Leiden University Medical Center), so 'the researchers'/'the authors' get speaker null (person). Unattributed sentences that copy the release (glucose intolerance 'increased by 0.17' (release: 0.17%), 'This was an observational study ...') are not annotated.",
        quotes=[
            Q(
                "These findings emphasise the importance of future research into the effects of environmental temperature on glucose metabolism and the onset of diabetes, especially in view of the global rise in temperatures with a new record set for the warmest winter in the USA last year.",
                None,
                P,
                "verbatim",
                rel="These findings emphasise the importance of future research into the effects of environmental temperature on glucose metabolism and the onset of diabetes, especially in view of the global rise in temperatures with a new record set for the warmest winter in the USA last year.",
                note="'The authors added'.",
            ),
        ],
        claims=[
            C(
                "THE massive rise in diabetes is being blamed on global warming",
                None,
                P,
                "distorted",
                rel="Rising temperatures across the world may be playing a part in the growing numbers of people developing diabetes, suggests research published online in the journal BMJ Open Diabetes Research & Care.",
                how="stronger",
                note="'... by scientists'. The release: rising temperatures 'may be playing a part'; the story: the rise is 'blamed on' global warming.",
            ),
            C(
                "an extra 200 million people will have diabetes by 2040, due to the rise in global temperatures",
                None,
                P,
                "distorted",
                rel="In 2015, 415 million adults globally had the condition and it is expected that prevalence will rise by almost 55% - up to 642 million cases by 2040.",
                how="causal",
                note="'Experts believe'. The release expects the overall rise to 642 million by 2040 but does not put it down to temperature.",
            ),
            C(
                "Type 2 diabetes rates are increasing massively, and the 415 million cases in 2015 is likely to rise to 642 million by 2040",
                "research published in BMJ Open Diabetes Research & Care",
                D,
                "supported",
                rel="In 2015, 415 million adults globally had the condition and it is expected that prevalence will rise by almost 55% - up to 642 million cases by 2040.",
                note="'The research ... shows'. In the release this is background, not a finding of the study.",
            ),
            C(
                "exposure to cold stimulates BAT, thus leading to modest weight loss and improved insulin action and sensitivity - making a person less likely to develop diabetes",
                None,
                D,
                "supported",
                rel="In the human body, the function of brown adipose tissue (BAT) is to transfer energy from food into heat and previous studies have shown that exposure to cold stimulates BAT, thus leading to modest weight loss and improved insulin action and sensitivity - making a person less likely to develop diabetes.",
                note="'previous studies have shown'.",
            ),
            C(
                "global increases in temperature are contributing to the current type 2 diabetes growth by slowing down our metabolism",
                "Patrick Rensen",
                P,
                "distorted",
                rel="A team of Dutch researchers from the Leiden University Medical Center led by Professor Patrick Rensen, set out to investigate if global increases in temperature were contributing to the current type 2 diabetes growth by negatively impacting on glucose metabolism via a reduction in BAT activity.",
                how="stronger",
                note="'Center led by Professor Patrick Rensen, reckon'; the garbled subject leaves Rensen as the only name. What the team 'set out to investigate' becomes what they 'reckon'.",
            ),
            C(
                "on average, the age-adjusted diabetes rate increased by 0.314 per 1,000 for every 1C increase in temperature",
                None,
                P,
                "supported",
                rel="The researchers found that on average, per 1°C increase in temperature, age-adjusted diabetes incidence increased by 0.314 per 1,000.",
                note="'They found'.",
            ),
            C(
                "a 1C rise in environmental temperature could account for more than 100,000 new diabetes cases per year in the US alone",
                None,
                P,
                "supported",
                rel="Using their findings, the authors calculated that a 1°C rise in environmental temperature could account for more than 100,000 new diabetes cases per year in the USA alone, given a population of nearly 322 million people in 2015.",
                note="'the authors calculated'.",
            ),
            C(
                "once they adjusted the results to take into account obesity prevalence, they only slightly reduced the association between outdoor temperature and diabetes",
                None,
                P,
                "supported",
                rel="The authors acknowledged that once they adjusted the results to take into account obesity prevalence - which only slightly reduced the association between outdoor temperature and diabetes - other studies could evaluate further any impact that BMI might have on their findings.",
                note="'The authors acknowledged that'; garbled but the same meaning.",
            ),
        ],
    )
)

# 17
STORIES.append(
    dict(
        story_id="news-25-182-thesun.co.uk",
        story_note="Photo caption and method sentences are not annotated. 'And the stats are worse for obese men ...' and 'Men who developed type 2 diabetes ... also had a higher risk' continue the findings without an attribution cue and are not annotated.",
        quotes=[
            Q(
                "The risk of severe liver disease was highly affected by a diagnosis of T2DM (type 2 diabetes) during follow-up, across all BMI categories.",
                "Karolinska University Hospital",
                O,
                NIR,
                note="'The authors said'; the story names the Karolinska University Hospital for the researchers. Not in the release, which only says men who developed type 2 diabetes had an even higher risk (could be read as a paraphrase of that).",
            ),
            Q(
                "Interventions to reduce the increasing prevalence of overweight and obesity should be implemented from an early age to reduce the future burden of severe liver disease on individuals and society.",
                "Karolinska University Hospital",
                O,
                "verbatim",
                rel="Interventions to reduce the increasing prevalence of overweight and obesity should be implemented from an early age to reduce the future burden of severe liver disease on individuals and society.",
                note="Separate paragraph after a closed quotation: its own entry, same speaker.",
            ),
        ],
        claims=[
            C(
                "FAT teenage boys are twice as likely to developing liver cancer later in life",
                "study published in Gut",
                D,
                "distorted",
                rel="The researchers discovered that overweight men were almost half as likely and obese men more than twice as likely to develop liver disease in later life than men of normal weight.",
                how="other",
                note="'a new study has found'. The 'more than twice' figure is for obese men and severe liver disease; the story gives it for 'fat' boys and liver cancer.",
            ),
            C(
                "They are also more likely to develop other severe liver disease, many of which are often fatal",
                "study published in Gut",
                D,
                "supported",
                rel="Young men who are overweight or obese could run a higher risk of developing severe liver disease or liver cancer in later life, suggests research published online in the journal Gut.",
                note="'according to research'. 'often fatal' is the story's own gloss.",
            ),
            C(
                "overweight men were nearly 50 per cent more likely to develop liver disease",
                "Karolinska University Hospital",
                O,
                "supported",
                rel="The researchers discovered that overweight men were almost half as likely and obese men more than twice as likely to develop liver disease in later life than men of normal weight.",
                note="'The researchers, led by Dr Hannes Hagstrom ... discovered that'. The release literally says 'almost half as likely', evidently a slip for almost half again as likely; read literally the story would be distorted (numbers).",
            ),
            C(
                "obese men with type 2 diabetes were three times more likely to have liver problems when they were older compared with non-diabetic, normal weight men",
                "Karolinska University Hospital",
                O,
                "supported",
                rel="Men with obesity and type 2 diabetes were more than three times more likely to have liver problems when they were older compared with non-diabetic, normal weight men.",
                note="'They found that'; 'more than three times' -> 'three times'.",
            ),
            C(
                "increasing numbers of people who are overweight or obese could lead to rises in the number of cases of severe liver disease in the future",
                "Karolinska University Hospital",
                O,
                "supported",
                rel="However, the researchers said it was likely that the increased prevalence of overweight and obesity around the world could lead to an increase in the total number of cases with severe liver disease in the future, including an increasing incidence of liver cancer.",
                note="'They warned that'.",
            ),
            C(
                "There are more than 100 different types of liver disease, which together affect at least 2 million people in the UK",
                "NHS",
                O,
                NIR,
                note="'according to the NHS'.",
            ),
        ],
    )
)

# 18
STORIES.append(
    dict(
        story_id="news-26-022-express.co.uk",
        story_note="A TV doctor's (Chris Steele, This Morning) comments on the release's study and on two other matters (a paracetamol study, the dementia atlas) that the release does not cover. 'eating for two', 'postcode lottery' and 'dementia atlas' are quoted labels, not quotations.",
        quotes=[
            Q(
                'Eating fatty foods reduces the level of a certain group of bacteria called bacteroids.\n\n"The main part of your immune system is in your gut.\n\n"Pregnant women eating a lot of fats depress the levels of bacteroids in their babies intestines.',
                "Chris Steele",
                P,
                "paraphrase",
                rel="Using DNA-sequencing to analyze the composition of the bacterial community present in the infants' stool, the researchers noticed that a high-fat diet in the mothers was significantly associated with fewer numbers of Bacteroides microbes in the infants' microbiome both in samples taken shortly after birth and at four to six weeks of age.",
                note="Steele's own words for the release's finding, made causal ('reduces', 'depress' for 'associated with fewer'); 'The main part of your immune system is in your gut' is not in the release. Three paragraphs with no closing mark, ended here because the next paragraph has its own attribution ('the GP added'). Could be judged not_in_release.",
            ),
            Q(
                "Those microbes can affect the development of immune systems and ability to extract energy from food,",
                "Chris Steele",
                P,
                "paraphrase",
                rel="Researchers at Baylor College of Medicine in the US examined a cohort of 157 women and their newborn babies, and found an association between the mothers' diets and distinct changes in their offspring's microbiome, which could affect energy extraction from food and early immune development.",
                note="'the GP added'. The story also prints the same sentence as its own narrative just above.",
            ),
            Q(
                'They found that mums taking paracetamol increase the risk of behavioural problems in children.\n\n"Yet again, be very careful what your take. This research has just made mums more aware.',
                "Chris Steele",
                P,
                NIR,
                note="About a different (paracetamol) study; two paragraphs, one entry.",
            ),
            Q(
                "The dementia atlas lays bare the stark regional differences in quality of care. There are 850,000 with Alzheimer’s in the UK now.",
                "Chris Steele",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "pregnant women against 'eating for two'",
                "Chris Steele",
                P,
                NIR,
                note="'Dr Chris Steele has warned'. The release gives no such advice (it only says the findings have implications for dietary recommendations).",
            ),
            C(
                "eating too much fatty foods could damage their babies’ immune systems",
                None,
                None,
                "distorted",
                rel="Researchers at Baylor College of Medicine in the US examined a cohort of 157 women and their newborn babies, and found an association between the mothers' diets and distinct changes in their offspring's microbiome, which could affect energy extraction from food and early immune development.",
                how="other",
                note="Passive 'it was revealed'. The release: changes in the gut microbiome 'could affect ... early immune development'; the story: fatty food 'could damage' babies' immune systems.",
            ),
            C(
                "babies of mothers who ate a lot of fatty food had fewer bacteroides in their stomachs",
                "Baylor College of Medicine",
                O,
                "supported",
                rel="Using DNA-sequencing to analyze the composition of the bacterial community present in the infants' stool, the researchers noticed that a high-fat diet in the mothers was significantly associated with fewer numbers of Bacteroides microbes in the infants' microbiome both in samples taken shortly after birth and at four to six weeks of age.",
                note="'Researchers at Baylor College of Medicine, Texas, found'.",
            ),
            C(
                "pregnant women who take paracetamol increase the risk of behavioural problems in children",
                None,
                D,
                NIR,
                note="'recent study which found' (a different study).",
            ),
            C(
                "taking the common painkiller after 18 weeks of pregnancy increased the risk their child would develop emotional problems and hyperactivity symptoms by the age of seven",
                None,
                D,
                NIR,
                note="'The study revealed' (the paracetamol study).",
            ),
            C(
                "regional disparities in the quality of support and diagnosis for patient",
                "Department of Health's dementia atlas",
                D,
                NIR,
                note="'... dementia atlas which shows'.",
            ),
        ],
    )
)

# 19
STORIES.append(
    dict(
        story_id="news-25-068-mirror.co.uk",
        story_note="\"episodes\" is a quoted term; the standfirst is left out as headline matter. 'This was in contrast to episodes involving women ...' continues the finding without its own attribution and is not annotated.",
        quotes=[
            Q(
                "likely to be related to the recent economic recession, as has been found for suicide in England, and for suicide and self-harm in Ireland.",
                "Multicentre Study of Self-harm in England",
                D,
                NIR,
                note="'The study ... said'. The release only has the researchers suggesting the rise was 'possibly because of the effects of the economic downturn'; 'likely' and the comparison with England and Ireland are not in it (probably from the paper).",
            ),
        ],
        claims=[
            C(
                "Cases of English men being hospitalised after self-harming rose after the economic downturn in 2008",
                "Multicentre Study of Self-harm in England",
                D,
                "supported",
                rel="The number of hospital cases of self-inflicted harm, such as cutting and overdosing on prescription meds, has risen steadily since 2008 in England among men, reveals research published in the online journal BMJ Open.",
                note="'research has found'.",
            ),
            C(
                'the number of "episodes" involving men fell in the first part of the Noughties before rising after the recession lead to massive job losses and underlying social and economic problems',
                "Multicentre Study of Self-harm in England",
                D,
                "supported",
                rel="They also fell in men, but only until 2008, after which they steadily rose, possibly because of the effects of the economic downturn, suggest the researchers.",
                note="'The Multicentre Study of Self-harm in England found that'. The timing matches the release; the job losses are the story's own.",
            ),
            C(
                'the spike in male cases was "likely to be related to the recent economic recession, as has been found for suicide in England, and for suicide and self-harm in Ireland."',
                "Multicentre Study of Self-harm in England",
                D,
                "distorted",
                rel="They also fell in men, but only until 2008, after which they steadily rose, possibly because of the effects of the economic downturn, suggest the researchers.",
                how="stronger",
                note="'The study ... said'; a mixed quotation. The release: 'possibly because of'; the story: 'likely to be related to'.",
            ),
        ],
    )
)

# 20
STORIES.append(
    dict(
        story_id="news-04-007-economictimes.indiatimes.com",
        story_note="'furring' is a quoted term. The last two paragraphs copy the release without attribution and are not annotated.",
        quotes=[
            Q(
                "A variety of active food ingredients have been shown to impart beneficial effects on cardiovascular disease although little is known regarding their actions when taken in combination,",
                "Dipak Ramji",
                P,
                "verbatim",
                rel="A variety of active food ingredients have been shown to impart beneficial effects on cardiovascular disease although little is known regarding their actions when taken in combination.",
            ),
            Q(
                "The challenge now is to take our findings and examine whether they translate into humans,",
                "Cardiff University",
                O,
                "verbatim",
                rel="The challenge now is to take our findings and examine whether they translate into humans.",
                note="'researchers suggested'; Ramji's words in the release. The story names Cardiff University (Ramji's) for the team.",
            ),
        ],
        claims=[
            C(
                "combining marine fish oil, cocoa extract and phytosterols into a dietary supplement is likely to help fight heart disease",
                "Cardiff University",
                O,
                "distorted",
                rel="Combining marine fish oil, cocoa extract and phytosterols into a dietary supplement could offer new hope in the fight against heart disease, a new University study suggests.",
                how="stronger",
                note="'A team of researchers ... has found that ..., a new study suggests'. A cell-model study that 'could offer new hope' becomes 'is likely to help fight heart disease'.",
            ),
            C(
                "in cell-based models, combining the three ingredients could, potentially, help halt the key processes associated with the progression of atherosclerosis",
                "study published in PLOS ONE",
                D,
                "supported",
                rel="“The study found, in cell-based models, that combining the three ingredients could, potentially, help halt the progression of atherosclerosis.",
                note="'The findings, published in the journal PLOS ONE, showed that'.",
            ),
        ],
    )
)

# 21
STORIES.append(
    dict(
        story_id="news-25-153-mirror.co.uk",
        story_note="The headline quotation and the standfirst are left out as headline matter. 'Lifestyle interventions led to a 36% reduction ...' has no attribution and is not annotated (the release says 37%). The NHS programme details and 2.9 million figure are the journalist's.",
        quotes=[
            Q(
                "As screening is inaccurate, many people will receive an incorrect diagnosis and be referred on for interventions while others will be falsely reassured and not offered the intervention. These findings suggest that 'screen and treat' policies alone are unlikely to have substantial impact on the worsening epidemic of Type 2 diabetes.",
                "University of Oxford",
                O,
                "paraphrase",
                rel=(
                    "They found that the diagnostic accuracy of tests",
                    "unnecessarily treated or falsely reassured depending on the test used.",
                ),
                note="'The authors concluded'. The release has no such quotation; its narrative says the tests' low accuracy means people 'will be unnecessarily treated or falsely reassured', and its lede that 'screen and treat' policies 'are unlikely to have substantial impact on this growing epidemic'. Nested 'screen and treat' is a quoted term.",
            ),
        ],
        claims=[
            C(
                "A national drive to stop people developing Type 2 diabetes is unlikely to have a major impact",
                "study published in the BMJ",
                D,
                "supported",
                rel='"Screen and treat" policies to preventing type 2 diabetes are unlikely to have substantial impact on this growing epidemic, concludes a study published by The BMJ today.',
                note="'according to research'. The release's point is about screen-and-treat policies such as the UK's National Diabetes Prevention Programme.",
            ),
            C(
                "blood tests in the NHS Diabetes ­Prevention Programme are not accurate enough to identify those at risk",
                "University of Oxford",
                O,
                "supported",
                rel="They found that the diagnostic accuracy of tests used to detect pre-diabetes in screening programmes was low - fasting glucose is specific but not sensitive and HbA1c is neither sensitive nor specific - suggesting that large numbers of people will be unnecessarily treated or falsely reassured depending on the test used.",
                note="'Experts warn'. The span keeps the story's soft hyphen in 'Diabetes ­Prevention'.",
            ),
            C(
                "there is a lack of evidence that they help prevent diabetes",
                "University of Oxford",
                O,
                "distorted",
                rel='They conclude that "screen and treat" policies will benefit some but not all people at high risk of developing diabetes, and they should be complemented by population-wide approaches for effective diabetes prevention.',
                how="other",
                occ=1,
                note="'new research led by the University of Oxford ... saying' (body sentence). The release finds interventions did reduce risk (37%, 26%) and that screen-and-treat will benefit some but not all; 'a lack of evidence that they help' overstates the doubt.",
            ),
            C(
                "neither of the blood tests used to detect high blood sugar - as used by the NHS Diabetes Prevention Programme - were accurate enough for detecting people at high risk of diabetes while excluding those at low risk",
                "University of Oxford",
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
            ),
            C(
                "Type 2 diabetes already leads to 22,000 early deaths every year and costs the NHS around £8.8 billion",
                None,
                D,
                NIR,
                note="'Figures suggest'.",
            ),
        ],
    )
)

# 22
STORIES.append(
    dict(
        story_id="news-25-060-GOOGLESEARCHER reuters.com",
        story_note="Reuters Health story: all quotations are interview quotes (Christ and outside expert Fried by email). The findings paragraphs (77 percent, twice as likely, 36 percent, 4 ounces) have no attribution cue and are not annotated.",
        quotes=[
            Q(
                "We know that caring for yourself before you become pregnant is one of the best ways to make sure your baby will be born healthy,",
                "Cara Christ",
                P,
                NIR,
            ),
            Q(
                "This may include taking vitamins including folic acid, making changes to your diet, and not using tobacco, alcohol, or drugs,",
                "Cara Christ",
                P,
                NIR,
            ),
            Q(
                "We know there is a potential for anything pregnant women eat or drink to cross the placenta and have an effect on their baby’s health,",
                "Cara Christ",
                P,
                NIR,
            ),
            Q(
                "If you look at poor nutrition, very young, no prenatal care, very stressed single moms, those things are going to add together to the potential impact of marijuana during pregnancy,",
                "Peter Fried",
                P,
                NIR,
            ),
            Q(
                "She and the rest of the family have to determine whether it’s worthwhile to take the drug for its positive effects versus its potential issues for the newborn.",
                "Peter Fried",
                P,
                NIR,
                note="Follows 'Fried said.' in the same paragraph.",
            ),
            Q(
                "Women who are pregnant or plan to become pregnant should have a discussion with their doctor about the risks and possible adverse effects to their baby for all medications and substances they are taking,",
                "Cara Christ",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Babies exposed to marijuana in the womb are likely to be born smaller than those not exposed, and more likely to need intensive care after birth",
                "analysis in BMJ Open",
                D,
                "supported",
                rel="Infants exposed to cannabis in the womb were 77% more likely to be under weight at birth and twice as likely to require intensive care as those whose mums had not used cannabis during their pregnancy.",
                note="'according to a new analysis of existing evidence'.",
            ),
            C(
                "Mothers who smoke marijuana while pregnant are also more likely than those who don’t to have iron-deficiency anemia",
                None,
                P,
                "supported",
                rel="Analysis of the pooled data showed that mums- to-be who used cannabis were 36% more likely to have anaemia than women who didn't use the drug.",
                note="'researchers report in the journal BMJ Open'; the story names no institution for them. The release says anaemia without naming the type.",
            ),
            C(
                "Marijuana is one of the most commonly used drugs worldwide and in North America, nearly one in eight people aged 15 to 64 years use marijuana",
                None,
                P,
                NIR,
                note="'the researchers note'. The release says cannabis 'remains the drug of choice' and gives up to 5% of 15-64 year olds worldwide; the North American one-in-eight figure is not in it.",
            ),
            C(
                "Many marijuana users also use tobacco or alcohol, the researchers note, and these factors were not examined separately in most studies, so it’s not possible to separate out the effects just of marijuana",
                None,
                P,
                "distorted",
                rel="And the researchers were not able to extract data on whether any of the study participants used other illicit drugs or how much alcohol they drank--factors known to be associated with a higher risk of low birthweight and premature birth.",
                how="other",
                note="The attribution ('the researchers note') sits inside the span. The release's unmeasured factors are other illicit drugs and alcohol, not tobacco. A looser reading would call it supported.",
            ),
            C(
                "Further limitations include the fact that not all studies looked at the same outcomes",
                None,
                P,
                NIR,
                note="'the authors point out'.",
            ),
            C(
                "In light of changes in government and public attitudes toward marijuana, it’s important to gather information on its health effects",
                "Peter Fried",
                P,
                "supported",
                rel='As the medical and social use of the drug "is rapidly becoming more acceptable in the USA and around the world," understanding its effects on maternal and fetal health "should become a global priority," they suggest.',
                note="Outside expert; the release's researchers make the same point.",
            ),
            C(
                "In addition to the possibility that the women in these studies may be taking other drugs, there are many factors that can affect a baby’s health",
                "Peter Fried",
                P,
                NIR,
                note="'he said'. The release mentions unmeasured other drug use, but not the general point.",
            ),
            C(
                "Pregnant women must consider the consequences of marijuana use",
                "Peter Fried",
                P,
                "supported",
                rel="As cannabis becomes more socially acceptable, it's important that prospective mums-to-be and clinicians are fully up to speed on the potential harms of using the drug during pregnancy, caution the researchers.",
                note="Outside expert; close to the release's caution.",
            ),
        ],
    )
)

# 23
STORIES.append(
    dict(
        story_id="news-26-040-express.co.uk",
        story_note="The researchers are at the Cicely Saunders Institute, King's College London (named for Etkind and Higginson); 'researchers'/'the authors' get King's College London. The last paragraphs copy the release's limitations without their own attribution cue and are not annotated beyond 'The authors state'.",
        quotes=[
            Q(
                'Current population and mortality trends in England and Wales suggest that 25% more people will die each year by 2040.\n\n"In our research we found that if current trends continue, the estimated number of people who will require palliative care will grow by much more than this, due to a sharp increase in the number of people dying from chronic illnesses, particularly cancer and dementia.\n\n"This, combined with an ageing population means that we should expect that there will be 42 per cent more people with palliative care needs by 2040.',
                "Simon Noah Etkind",
                P,
                "verbatim",
                rel=(
                    "Current population and mortality trends",
                    "more people with palliative care needs by 2040.",
                ),
                note="Three paragraphs, one entry; 'ageing'/'aging' and 'per cent'/'%' are spelling variants.",
            ),
            Q(
                'By 2040 national data suggests there will be a rise in the prevalence of chronic progressive illnesses, and we believe that many of these will require symptom relief and palliative care.\n\n"We estimate that at least 85% of deaths in 2040 will require some form of palliative care and we can predict a shift towards dementia as a greater contributor to palliative care need.',
                "Simon Noah Etkind",
                P,
                "verbatim",
                rel=(
                    "By 2040 national data suggests",
                    "a greater contributor to palliative care need.",
                ),
            ),
            Q(
                'There is an urgent need to act now to transform health, social and palliative care services to meet the projected growth in palliative care need.\n\n"More attention should be given to the needs of people and those close to them when facing progressive illness, particularly those dying from chronic and complex illnesses, and age related syndromes such as frailty and dementia.\n\n"There is a need to support their families, who shoulder so much of the care. The way in which we provide health care, and palliative care will need to change.\n\n"In advance of this we are testing new more integrated approaches, where people can have expert palliative care alongside their illnesses.',
                "Irene Higginson",
                P,
                "verbatim",
                rel=(
                    "There is an urgent need to act now",
                    "expert palliative care alongside their illnesses.",
                ),
                note="Four paragraphs, one entry.",
            ),
        ],
        claims=[
            C(
                "a care timebomb as up to 42 per cent more people will need end of life care in England and Wales by 2040",
                "study published in BMC Medicine",
                D,
                "distorted",
                rel="At least 42 percent more people will need palliative care in England and Wales by 2040",
                how="numbers",
                note="'A NEW report reveals'. The release says 'at least 42 percent'; the story makes it a maximum ('up to').",
            ),
            C(
                "dementia deaths to quadruple by then",
                "study published in BMC Medicine",
                D,
                "supported",
                rel="The projections also found that over half of all deaths will occur in people aged over 85 and that dementia deaths will almost quadruple by 2040.",
                note="'the study expects'; 'almost quadruple' -> 'quadruple', taken as the same figure.",
            ),
            C(
                "there will need to be a huge shift over the next 25 years to cope with the rise",
                "King's College London",
                O,
                "supported",
                rel="The number of people requiring palliative care over the next 25 years is likely to increase substantially, requiring a shift in healthcare priorities in England and Wales, according to new research published in the open access journal BMC Medicine.",
                note="'Researchers claim'.",
            ),
            C(
                "at least 160,000 more people each year are likely to have palliative care needs, including pain management of chronic illnesses and end-of-life care at hospitals, hospices, and at home",
                "study published in BMC Medicine",
                D,
                "supported",
                rel="By 2040, at least 160,000 more people each year are likely to have palliative care needs, including pain management of chronic illnesses and end-of-life care at hospitals, hospices, and at home.",
                note="'The study ... says'.",
            ),
            C(
                "If all these people are to receive palliative care through the healthcare system, a significant increase in training and resources for both specialist and non-specialist care providers is needed immediately",
                "King's College London",
                O,
                "supported",
                rel="If all these people are to receive palliative care through the healthcare system, a significant increase in training and resources for both specialist and non-specialist care providers is needed immediately, according to the researchers.",
                note="'according to the researchers'.",
            ),
            C(
                "over half of all deaths will occur in people aged over 85 and that dementia deaths will almost quadruple by 2040",
                "study published in BMC Medicine",
                D,
                "supported",
                rel="The projections also found that over half of all deaths will occur in people aged over 85 and that dementia deaths will almost quadruple by 2040.",
                note="'The projections also found'.",
            ),
            C(
                "their estimates are a simplification of the issue",
                "King's College London",
                O,
                "supported",
                rel="The authors state that their estimates are a simplification of the issue.",
                note="'The authors state'.",
            ),
        ],
    )
)

# 24
STORIES.append(
    dict(
        story_id="news-25-164-telegraph.co.uk",
        story_note="The second half of the story covers a separate Johns Hopkins study on metals in e-cigarette liquid, Public Health England, the WHO and Vivek Murthy, none of which is in the release. 'Professor Miech warns that ... smokers.”' has a closing mark but no opening one and is annotated as reported speech (claims), not a quotation. Survey answers ('said they had smoked') and the unattributed findings paragraphs are not annotated.",
        quotes=[
            Q(
                "These findings contribute to a growing body of evidence showing that teens who vape are more likely to start smoking than their peers who don't vape.\n\n\"At the very least, teens who vape should be considered at high risk for future smoking, even if they believe they are vaping only flavoring.",
                "Richard Miech",
                P,
                NIR,
                note="Two paragraphs, one entry. The first sentence restates the release's 'contribute to the growing body of evidence for vaping as a \"one way bridge\"' in other words; the second has no counterpart, so the entry is not_in_release (as the dev gold's Celis-Morales case). Could be read as paraphrase.",
            ),
            Q(
                "It is possible that among teens vaping, it could lead former smokers back to smoking,",
                "Richard Miech",
                P,
                "paraphrase",
                rel='Teen vaping acts as a "one way bridge" to future smoking among those who have never smoked before, and may not stop those who have smoked before from returning to it, concludes a small US study, published online in the journal Tobacco Control.',
                note="'he added'. The release's 'may not stop those who have smoked before from returning to it', in other words.",
            ),
            Q(
                'If trying an e-cigarette causes regular smoking, then we should be alarmed.\n\n"However, this study and previous American studies which have made similar assertions have\u00a0 not \u00a0found this, and so we must be very cautious about jumping to such a conclusion on the basis of this study.',
                "Linda Bauld",
                P,
                NIR,
                note="Outside expert; two paragraphs, one entry.",
            ),
            Q(
                "We do not know if these levels are dangerous, but their presence is troubling and could mean that the metals end up in the aerosol that e-cigarette users inhale,",
                "Ana María Rule",
                P,
                NIR,
                note="A separate (Johns Hopkins) study.",
            ),
            Q(
                "One of the things that is troubling is that the metals in e-cigarette coils, which heat the liquid that creates the aerosol, are toxic when inhaled, so perhaps regulators might want to look into an alternative material for e-cigarette heating coils.",
                "Ana María Rule",
                P,
                NIR,
                note="Next paragraph without its own attribution: continues Rule.",
            ),
            Q(
                "not safe",
                "Vivek Murthy",
                P,
                NIR,
                note="Two-word partial quotation attributed by 'said'.",
            ),
            Q("now a major public health concern.", "Vivek Murthy", P, NIR),
        ],
        claims=[
            C(
                "Vaping acts as a gateway to smoking",
                "University of Michigan",
                O,
                "supported",
                rel='Teen vaping acts as a "one way bridge" to future smoking among those who have never smoked before, and may not stop those who have smoked before from returning to it, concludes a small US study, published online in the journal Tobacco Control.',
                note="'scientists have warned'. The release itself says 'acts as a \"one way bridge\"' (while calling the study observational).",
            ),
            C(
                "teenagers who used e-cigarettes were four times more likely to start smoking tobacco within a year",
                "University of Michigan",
                O,
                "distorted",
                rel="Teens who had never smoked a cigarette before reaching 12th grade, but who had used an e-cigarette at least once within the past 30 days, were more than four times as likely to say that they had smoked a cigarette by the follow up survey (31%) as those who hadn't vaped (7%).",
                how="stronger",
                note="'after finding'. In the release the teens said they had smoked a cigarette, and all the new smokers who vaped had smoked only 'once or twice'; 'start smoking tobacco' reads as taking up smoking.",
            ),
            C(
                "vaping may desensitise youngsters to the dangers of smoking, even when they were initially aware of the harms",
                "University of Michigan",
                O,
                "supported",
                rel="And among teens who said they had never smoked by the time of the 2014 survey, recent vapers were four times as likely to move away from the belief that cigarette smoking poses a great risk as those who hadn't vaped, possibly because they become desensitised to the harms of smoking, suggest the researchers.",
                note="'Researchers from the University of Michigan say'.",
            ),
            C(
                "teenagers who vape may begin to believe that smoking is not dangerous if they do not detect any immediate health effects from vaping",
                "Richard Miech",
                P,
                "supported",
                rel="And among teens who said they had never smoked by the time of the 2014 survey, recent vapers were four times as likely to move away from the belief that cigarette smoking poses a great risk as those who hadn't vaped, possibly because they become desensitised to the harms of smoking, suggest the researchers.",
                note="'Professor Miech warns that'. The desensitisation is in the release; the mechanism (no immediate health effects) is not.",
            ),
            C(
                "They are also more likely to join a peer groups of smokers.",
                "Richard Miech",
                P,
                NIR,
                note="Continues 'Professor Miech warns that'; ends with a stray closing mark (left out of the span).",
            ),
            C(
                "did not find strong evidence for vaping as an effective means for quitting smoking, at least among teens",
                "study published in Tobacco Control",
                D,
                NIR,
                note="'The results also'. The release does not discuss vaping as a way to quit among current smokers.",
            ),
            C(
                "high levels of toxic metals in the liquid that creates the aerosol that e-cigarette users inhale when they vape",
                "Johns Hopkins Bloomberg School of Public Health",
                O,
                NIR,
                note="'A separate study led by researchers at the Johns Hopkins Bloomberg School of Public Health found'.",
            ),
            C(
                "all five heavy metals - which can be toxic or carcinogenic when inhaled -- in all five brands, though levels varied by brand",
                "Johns Hopkins Bloomberg School of Public Health",
                O,
                NIR,
                note="'The researchers found'.",
            ),
            C(
                "The main source of the metals, the researchers believe, is the coil that heats the liquid that creates the aerosol, which is often but erroneously referred to as vapor",
                "Johns Hopkins Bloomberg School of Public Health",
                O,
                NIR,
                note="The attribution sits inside the span.",
            ),
            C(
                "smokers to switch to vaping",
                "Public Health England",
                O,
                NIR,
                note="'Public Health England urged'.",
            ),
            C(
                "e-cigarettes were far safer than traditional tobacco",
                "Public Health England",
                O,
                NIR,
                note="'saying'.",
            ),
            C(
                "e-cigarette\u00a0use among young people and young adults is ‘not safe’ and ‘now a major public health concern.’",
                "Vivek Murthy",
                P,
                NIR,
                note="'Vivek Murthy said'; contains the two partial quotations.",
            ),
        ],
    )
)

# 25
STORIES.append(
    dict(
        story_id="news-11-004-ETHealthWorld.com",
        story_note="The sentence 'After stripping out ... stark differences in survival rates.' appears twice: first as a teaser above the body (left out as page furniture), then in the body (annotated, occ=1). The 56/39 per cent paragraphs copy the release without an attribution cue and are not annotated.",
        quotes=[
            Q(
                "Although these days people are more likely than ever to survive a heart attack, we need to place greater focus on the long-term effects of diabetes in heart attack survivors,",
                "Chris Gale",
                P,
                "verbatim",
                rel="Although these days people are more likely than ever to survive a heart attack, we need to place greater focus on the long-term effects of diabetes in heart attack survivors.",
            ),
            Q(
                "The partnership between cardiologists, GPs and diabetologists needs to be strengthened and we need to make sure we are using established medications as effectively as possible among high-risk individuals.",
                "Chris Gale",
                P,
                "verbatim",
                rel="The partnership between cardiologists, GPs and diabetologists needs to be strengthened and we need to make sure we are using established medications as effectively as possible among high-risk individuals.",
                note="After 'adding,': a second entry.",
            ),
            Q(
                "This research highlights the need to find new ways to prevent coronary heart disease in people with diabetes and develop new treatments to improve survival after a heart attack.",
                "Mike Knapton",
                P,
                "verbatim",
                rel="This research highlights the need to find new ways to prevent coronary heart disease in people with diabetes and develop new treatments to improve survival after a heart attack.",
            ),
        ],
        claims=[
            C(
                "diabetes can raise the risk of heart attack death by 50 percent",
                "University of Leeds study",
                D,
                "supported",
                rel="Having diabetes increases the risk of dying from the effects of a heart attack by around 50 per cent, a University of Leeds study has found.",
                note="'A new study has found'.",
            ),
            C(
                "stark differences in survival rates",
                "University of Leeds",
                O,
                "supported",
                rel="After stripping out the effects of age, sex, any other illnesses and differences in the emergency medical treatment received, the team found stark differences in survival rates.",
                occ=1,
                note="'the team found' (body occurrence).",
            ),
            C(
                "these results provide robust evidence that diabetes is a significant long-term population burden among patients who have had a heart attack",
                "Chris Gale",
                P,
                "supported",
                rel="These results provide robust evidence that diabetes is a significant long-term population burden among patients who have had a heart attack.",
                note="Gale's release quotation turned into reported speech ('said that').",
            ),
            C(
                "the next step in their research would be finding out exactly what it is about having diabetes that increases the risk of death following heart attack",
                "Chris Gale",
                P,
                "supported",
                rel="He added that the next step in their research would be finding out exactly what it is about having diabetes that increases the risk of death following heart attack.",
                note="'He added that'.",
            ),
        ],
    )
)
