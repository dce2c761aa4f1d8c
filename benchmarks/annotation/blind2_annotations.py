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
