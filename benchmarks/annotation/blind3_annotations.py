"""Hand annotations of 25 InSciOut dev stories, the third blind set (issue 15), by the t15-annot3
session, 2026-11-30, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.
Stories drawn by pick_blind3.py (seed 2028).

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_blind3.py turns them
into offsets and writes ../verdicts_blind3_dev.jsonl. Q and C are the helpers of
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
BU = "Boston University, Columbia University and the University of Texas Southwestern School of Medicine"
STORIES.append(
    dict(
        story_id="news-25-147-latimes.com",
        story_note="Headline left out. The researchers are 'Researchers from Boston University, Columbia University and the University of Texas Southwestern School of Medicine'. Many percentages (55%, 66%, 99%, 45%, 89%) are not in the release. Sentences without a cue of their own (the ammunition 'dramatically lower odds', the 99%/36%/59% figures) are not annotated.",
        quotes=[
            Q(
                "an incident when a firearm was discharged inside a school building or on a school campus or grounds.",
                BU,
                O,
                NIR,
                note="The study's definition ('they defined a school shooting as'); the release gives no definition.",
            ),
            Q(
                "It is important to interpret our results in the light of these limitations,",
                "Bindu Kalesan",
                P,
                NIR,
            ),
            Q(
                "What we really need is [a] national registry and granular information",
                "Bindu Kalesan",
                P,
                "paraphrase",
                rel="But the rising incidence of school shootings emphasises the need for a national registry to monitor mass and school shootings",
                note="The release has no Kalesan quotation; its closing narrative calls for a national registry. 'granular information' has no counterpart, so not_in_release is also defensible.",
            ),
        ],
        claims=[
            C(
                "a way to make them less likely: Mandatory background checks",
                "analysis of recent school shootings",
                D,
                "distorted",
                rel="School shootings are less likely in US states with mandatory background checks on gun and ammunition purchases",
                how="causal",
                note="'An analysis ... suggests'. The release reports an association and says no firm conclusions can be drawn about cause and effect; the story presents checks as a way to make shootings less likely (hedged by 'suggests').",
            ),
            C(
                "States that required background checks for gun buyers were about half as likely to experience a school shooting compared with states with no such requirement",
                "new study",
                D,
                NIR,
                note="'a new study reports'. The release says only that shootings were lower in such states; 'about half as likely' is not in it (number convention). Otherwise supported.",
            ),
            C(
                "(The researchers suspect there were actually more instances of guns being fired on school grounds, but they didn’t make the news because they didn’t result in any injuries.)",
                BU,
                O,
                NIR,
                note="Cue inside the span. The release says only that media reports are not always reliable sources.",
            ),
            C(
                "More than half (55%) of these 154 school shootings occurred on K-12 campuses, and most (66%) were intentional",
                BU,
                O,
                NIR,
                note="'the researchers found'. The release: 'Most of the shootings were intentional ... more than half occurred in publicly funded schools'; 55% and 66% are not in it (number convention).",
            ),
            C(
                "the incidence of school shootings was 45% lower in states that required them compared with states that didn’t",
                BU,
                O,
                NIR,
                note="'the researchers reported'. Direction matches the release; 45% is not in it.",
            ),
            C(
                "The risk of a school shooting was 89% lower in these four states than in the rest of the country",
                BU,
                O,
                NIR,
                note="'the research team found'. The release names no ammunition-check states and gives no 89%.",
            ),
            C(
                "even these correlations should be considered preliminary",
                "Bindu Kalesan",
                P,
                NIR,
                note="The release's caveat is that the study is observational (no cause and effect); 'preliminary' for lack of data to adjust is not in it.",
            ),
            C(
                "Although 154 school shootings may sound like a lot, it’s not enough for a statistical analysis that takes account of the many other factors that could plausibly influence the risk of a school shooting",
                "Bindu Kalesan",
                P,
                NIR,
            ),
            C(
                "If the team did have enough data to do the proper adjustments, they might see the relationship between background check laws and school shootings weaken, or even disappear altogether",
                "Bindu Kalesan",
                P,
                NIR,
            ),
            C(
                "state spending on K-12 education and mental health services were inversely correlated with the risk of a school shooting",
                "study",
                D,
                "supported",
                rel="The number of school shootings was lower in states with mandatory background checks for gun and ammunition purchases, higher spending on mental health and K-12 education",
                note="'preliminary study results suggest'.",
            ),
            C(
                "Perhaps mental health professionals are able to identify people at risk of using guns to harm themselves or others",
                BU,
                O,
                NIR,
                note="'the researchers wrote' (the paper).",
            ),
            C(
                "It’s also possible that the well-known relationship between investment in education and reduction in crime extends to school shootings",
                BU,
                O,
                NIR,
                note="'they noted'.",
            ),
            C(
                "More research — and more data — will be necessary to get a clearer picture",
                "Bindu Kalesan",
                P,
                NIR,
                note="The release calls for a national registry to better inform the debate, not for more research; supported would be a generous reading.",
            ),
        ],
    )
)

# 2
STORIES.append(
    dict(
        story_id="news-22-009-thesun.co.uk",
        story_note="Wrong pairing: the story is about hair cortisol and obesity (UCL, Sarah Jackson); the given release pr-22-009 is about virtual-reality therapy for depression. Annotated against the given release, so everything is not_in_release. Headline, standfirst ('Stressed out people ... finds study', 'Researchers found those ...') and photo captions ('People who are stressed tend to be fatter according to new research', 'Those who were found with higher levels ...') are left out.",
        quotes=[
            Q(
                "These results provide consistent evidence that chronic stress is associated with higher levels of obesity.",
                "Sarah Jackson",
                P,
                NIR,
                note="The closing mark is missing; the entry ends at the end of the sentence (the next paragraph has no opening mark and reads as narrative).",
            ),
        ],
        claims=[
            C(
                "STRESSED people are more likely to comfort eat and therefore be fatter",
                "study",
                D,
                NIR,
                note="'a study has found'. Wrong release.",
            ),
            C(
                "anxious or worried people are more likely to comfort eat",
                None,
                P,
                NIR,
                note="'Experts say' (unnamed).",
            ),
        ],
    )
)

# 3
STORIES.append(
    dict(
        story_id="news-27-003-express.co.uk",
        story_note="Headline, the 'PUBLISHED' line and photo captions ('People with higher levels ...', 'Those with high and low ...', 'Education remains a strong indicator ...') are left out. Cadar's quotation runs over three paragraphs, but a caption ('GETTY' / 'Education remains ...') sits between the first and the second, so it is two entries.",
        quotes=[
            Q(
                "At a country level, variation in cognitive performance has rarely been investigated in healthy European older individuals.",
                "Dorina Cadar",
                P,
                "verbatim",
                rel="At a country level, variation in cognitive performance has rarely been investigated in healthy European older individuals.",
                note="No closing mark; the paragraph after the caption re-opens it.",
            ),
            Q(
                "Despite significant differences in educational systems across countries, education remains a strong indicator of cognitive function in later life, but this study shows we are less clear on whether education can stop the declines in cognition that come naturally with ageing.\n\n“What we do not know is whether those with lower education in this study had poorer memory at baseline because they have had poorer memories their whole lives, or because they have already experienced some declines in their memory performance due to ageing.",
                "Dorina Cadar",
                P,
                "verbatim",
                rel=(
                    "Despite significant differences in educational systems",
                    "declines in their memory performance due to ageing.",
                ),
                note="Two paragraphs, one entry.",
            ),
        ],
        claims=[
            C(
                "A HIGHER level of education might give you a better memory but it does not slow the rate of its decline",
                "study",
                D,
                "supported",
                rel="whilst older people with a higher level of education have better memory function, it does not protect them from cognitive decline as they age",
                note="'a study has found'. 'might give you' is hedged; the release's senior author speaks of 'a potential protective effect on memory'.",
            ),
            C(
                "people with higher levels of education had better baseline scores, meaning they had better memories than their counterparts with lower levels of attainment",
                "study",
                D,
                "supported",
                rel="In most countries, the more educated individuals performed better on both memory tests at baseline, compared to those who were less educated.",
                note="'The study found'. The release's 'in most countries' is dropped (minor).",
            ),
        ],
    )
)

# 4
STORIES.append(
    dict(
        story_id="news-26-026-mirror.co.uk",
        story_note="Headline, standfirst ('The study, published today, suggests ...'), photo captions, share/subscribe lines and READ MORE teasers are left out. Nawrot's first quotation is broken by the line 'Have your say in the comments below' and is annotated as two entries. 'The research is the first to find a link ...' is the journalist's statement (no cue) and is not annotated.",
        quotes=[
            Q(
                "Compared with newborns of mothers with a normal BMI, newborns of women with obesity are older on a molecular level, because shortened telomere lengths mean that their cells have shorter lifespans.",
                "Tim Nawrot",
                P,
                "verbatim",
                rel="Compared with newborns of mothers with a normal BMI, newborns of women with obesity are older on a molecular level, because shortened telomere lengths mean that their cells have shorter lifespans.",
                note="No closing mark; the quotation continues after a page-furniture line.",
            ),
            Q(
                "So maintaining a healthy BMI during a woman’s reproductive age may promote molecular longevity in the offspring.",
                "Tim Nawrot",
                P,
                "verbatim",
                rel="So maintaining a healthy BMI during a woman's reproductive age may promote molecular longevity in the offspring.",
            ),
            Q(
                "The public health impact of our findings is considerable as in affluent societies about 30% of women of reproductive age are overweight.",
                "Tim Nawrot",
                P,
                "verbatim",
                rel="The public health impact of our findings is considerable as in affluent societies about 30% of women of reproductive age are overweight.",
            ),
        ],
        claims=[
            C(
                "Children of fat mothers are likely to die up to eight years before kids of slimmer mums",
                "study",
                D,
                NIR,
                note="'a study suggests'. The release speaks of biological age (telomeres ~50 base pairs shorter per BMI point, equal to 1.1-1.6 years of adult life) and a possible risk of chronic disease; neither eight years nor earlier death is in it (number convention; otherwise it would be distorted/stronger).",
            ),
            C(
                "obese women have shorter telomeres, a part of DNA vital to maintaining health",
                None,
                P,
                "distorted",
                rel="Higher BMI in mothers before pregnancy is associated with shorter telomere length - a biomarker for biological age - in newborns",
                how="population",
                note="'Experts have discovered' (unnamed; the Hasselt team). The release's shorter telomeres are the newborns', not the mothers'.",
            ),
            C(
                "babies of mothers with a BMI of up to 25 could live eight years longer than those whose mothers’ BMI was over 30",
                "study published in BMC Medicine",
                D,
                NIR,
                note="'The study ... suggests'. No life-expectancy figure in the release (number convention).",
            ),
        ],
    )
)

# 5
STORIES.append(
    dict(
        story_id="news-29-003-timesofindia.com",
        story_note="Headline left out. The story calls Dr Claire Hutchinson 'He'; the pronoun is resolved to her. The last quotation is Hutchinson's in the release but the story gives it to 'the authors' (the University of Leicester team).",
        quotes=[
            Q(
                "Diagnosis of chronic fatigue is controversial. With the exception of disabling fatigue, there are few definitive clinical features of the condition and its core symptoms, overlap with those often prevalent in other conditions,",
                "Claire Hutchinson",
                P,
                "altered",
                rel=(
                    "Diagnosis of ME/CFS is controversial.",
                    "often prevalent in other conditions.",
                ),
                edits=[("replace", "ME/CFS", "chronic fatigue", False)],
                note="Same condition named differently.",
            ),
            Q(
                "Doing so will help researchers and health care professionals gain important insights into the condition and aid in diagnosis,",
                "University of Leicester",
                O,
                "altered",
                rel=(
                    "Doing so will help researchers and healthcare professionals",
                    "inform evidence-based therapeutic interventions.",
                ),
                edits=[
                    ("insert", "", "and", False),
                    ("insert", "", "in", False),
                    (
                        "delete",
                        "and, in the longer term, inform evidence-based therapeutic interventions",
                        "",
                        False,
                    ),
                ],
                note="'the authors noted'; in the release the words are Claire Hutchinson's. The end of the sentence is dropped without an omission mark; what is left keeps its meaning.",
            ),
        ],
        claims=[
            C(
                "People suffering from chronic fatigue syndrome (CFS) can experience higher levels of visual stress than those without the condition",
                "new research",
                D,
                "supported",
                rel="People suffering from Chronic Fatigue Syndrome (CFS) could experience higher levels of visual stress than those without the condition",
                note="'according to new research'. The release says 'could'; 'can' is read as the same possibility. A stricter reading gives distorted/stronger.",
            ),
            C(
                "those suffering from the condition are more vulnerable to pattern-related visual stress which causes discomfort and exhaustion when viewing repetitive striped patterns, such as when reading text",
                "Claire Hutchinson",
                P,
                "supported",
                rel="has found that those suffering from the condition are more vulnerable to pattern-related visual stress, which causes discomfort and exhaustion when viewing repetitive striped patterns, such as when reading text.",
                note="'He found'; 'He' is Dr Claire Hutchinson (the team leader).",
            ),
            C(
                "there are visual system abnormalities in people with the condition",
                "findings published in Perception",
                D,
                "supported",
                rel="as the findings suggest that there are visual system abnormalities in people with ME/CFS",
                note="'the findings suggest'.",
            ),
        ],
    )
)

# 6
STORIES.append(
    dict(
        story_id="news-25-001-GOOGLE SEARCH 25-001 bbc.co.uk",
        story_note="Headline and the boxed explainer ('Female sterilisation') left out. Regulators (MHRA) and Bayer are not in the release. 'Women who had Essure fitted had a 10-times greater risk ...' has no cue and is not annotated.",
        quotes=[
            Q(
                "a serious safety concern",
                None,
                P,
                "verbatim",
                rel="a “serious safety concern",
                note="Partial quotation; 'the authors say' (no institution named in the story). In the release: 'The authors warn that this is a “serious safety concern.'",
            ),
            Q(
                'It may not sound many but this is a commonly done procedure so that makes it relevant.\n\n"Our study is very helpful. It shows how Essure compares with the main alternative, which means women can weigh the benefits and harms and regulators can make better decisions.',
                "Art Sedrakyan",
                P,
                NIR,
                note="Two paragraphs, one entry. The release's authors say benefits and risks should be discussed with patients, but the quotation's words are not in it.",
            ),
            Q(
                "Because there is no confirmation test that could identify potential failure of a laparoscopic tubal ligation procedure, it stands to reason that the comparative reoperation rate would be lower,",
                "Bayer",
                O,
                NIR,
                note="'said a spokeswoman' (of Bayer, unnamed).",
            ),
        ],
        claims=[
            C(
                "An implant used by the NHS to sterilise women poses a serious safety concern",
                "new US study in the BMJ",
                D,
                "supported",
                rel="The authors warn that this is a “serious safety concern.",
                note="'according to a new US study in the BMJ'. The NHS use is background.",
            ),
            C(
                "the device is safe",
                "Medicines and Healthcare products Regulatory Agency",
                O,
                NIR,
                note="'Regulators say' (the MHRA, named later).",
            ),
            C(
                "Essure's safety and efficacy are backed up by evidence",
                "Bayer",
                O,
                NIR,
            ),
            C(
                "it will continue to monitor all side-effects and advises UK women who experience problems to see a doctor",
                "Medicines and Healthcare products Regulatory Agency",
                O,
                NIR,
            ),
            C(
                "the device - given to about 1,500 women a year in the UK - is safe to use",
                "Medicines and Healthcare products Regulatory Agency",
                O,
                NIR,
            ),
            C(
                "Essure was linked to an extra 21 repeat operations per 1,000 patients undergoing surgery",
                "study",
                D,
                "supported",
                rel="equivalent to around 21 additional reoperations per 1,000 patients undergoing surgery",
                note="'In the study'; read as attributed to the study.",
            ),
            C(
                'significant and "a serious safety concern"',
                None,
                P,
                "supported",
                rel="The authors warn that this is a “serious safety concern.",
                note="Mixed quotation ('which the authors say is'); the release also calls the risk 'significantly heightened'.",
            ),
            C(
                "because all women who have Essure receive a routine check-up three months after having the device fitted, this may partly explain why more in the study had follow-up surgery",
                "Bayer",
                O,
                NIR,
            ),
        ],
    )
)

# 7
STORIES.append(
    dict(
        story_id="news-22-013-mirror.com",
        story_note="Headline and standfirst left out. 'High intake of protein and too many calories overall raises their risk of obesity, while too much salt could ...' continues 'experts have warned' with no cue of its own, so only its partial quotation is annotated (the causal 'raises their risk' is the journalist's; the release says 'potentially putting them at risk'). Nutrient figures without a cue are not annotated.",
        quotes=[
            Q(
                "set taste preference for the future",
                None,
                P,
                "altered",
                rel="set taste preferences for the future",
                edits=[("replace", "preferences", "preference", False)],
                note="Partial quotation given to the unnamed 'experts' of the previous paragraph; in the release the words are Hayley Syrad's ('may set taste preferences for the future').",
            ),
            Q(
                "significantly exceeded",
                "University College London",
                O,
                NIR,
                note="Partial quotation ('They found', the UCL researchers). The release says intake was 7% higher than recommended; 'significantly exceeded' is not in it.",
            ),
            Q(
                "The research suggests that the current diets of young children in England are a cause for concern.\n\n“We know that dietary preferences and habits are established during the first two years of life and that what we eat in early life can have an enduring impact on our health.",
                "Hayley Syrad",
                P,
                "verbatim",
                rel=(
                    "The research suggests that the current diets",
                    "can have an enduring impact on our health.",
                ),
                note="Two paragraphs, one entry; one paragraph in the release.",
            ),
            Q(
                "Parents need more guidance on the appropriate type, amount and variety of foods and beverages, together with appropriate micronutrient supplementation in order to reduce obesity and other health problems that may affect their children.",
                "Hayley Syrad",
                P,
                "verbatim",
                rel=(
                    "Parents need more guidance on the appropriate type",
                    "health problems that may affect their children.",
                ),
            ),
            Q(
                "Just last week it was reported that more than one in 10 men and one in seven women across the globe are obese. So to learn that at 21 months, 63% of UK children exceed the recommended daily intake of calories and large numbers exceed the recommended daily intake of protein and sodium, the future looks no better for the next generation of adults.\n\n“There is no silver bullet when it comes to tackling obesity, but what is known is that the healthier start children have, the more likely they are to continue on that trajectory through their life.",
                "Neena Modi",
                P,
                NIR,
                note="Two paragraphs, one entry. Royal College of Paediatrics and Child Health; not in the release.",
            ),
        ],
        claims=[
            C(
                "Children under the age of five are eating too many calories, too much salt and missing out on vitamins",
                None,
                P,
                "distorted",
                rel="UK toddlers are consuming more calories and protein than recommended",
                how="population",
                note="'experts have warned' (unnamed; the UCL team). The study is of 21-month-olds; the story widens it to all under-fives.",
            ),
            C(
                "parents to follow Government guidelines on giving children up to the age of five supplements to boost levels of iron and vitamin D",
                "University College London",
                O,
                "distorted",
                rel="this underlines the importance of the current government recommendations that all children aged six months to five years should take a daily supplement containing vitamin D",
                how="other",
                note="'Researchers also urged'. The release's government recommendation is a vitamin D supplement; iron is added. Syrad does call for guidance on micronutrient supplementation.",
            ),
            C(
                "youngsters were woefully lacking in essential vitamins",
                "study published in the British Journal of Nutrition",
                D,
                "supported",
                rel="shows children’s diets are lacking in fibre, vitamin D and iron",
                note="'Their study found'. The release: vitamin D intake 'falling far short'; 'vitamins' loosely covers vitamin D and iron.",
            ),
            C(
                "average daily calorie intake “significantly exceeded” the recommended amount of 968 calories, with 63% of children having too many and consuming an average of 1,035",
                "University College London",
                O,
                "supported",
                rel="At 21 months, 63% of children exceeded the Scientific Advisory Committee on Nutrition (SACN) recommended daily intake of 968 calories, consuming an average on 1035 calories.",
                note="Mixed quotation; 'significantly exceeded' (7% above the recommendation in the release) is not in the release.",
            ),
            C(
                "over the long term eating too many calories would lead to obesity",
                "University College London",
                O,
                "distorted",
                rel="UK toddlers are consuming more calories and protein than recommended, potentially putting them at risk of obesity in later life",
                how="stronger",
                note="'They warned'. Release: 'potentially putting them at risk'; story: 'would lead to'.",
            ),
            C(
                "the tendency to put sunscreen on children at all times in sunny weather means they are missing out",
                None,
                P,
                NIR,
                note="'experts have warned' (unnamed).",
            ),
            C(
                "all children aged six months to five years should take a daily vitamin supplement containing vitamins A, C and D",
                "Government",
                O,
                "supported",
                rel="the current government recommendations that all children aged six months to five years should take a daily supplement containing vitamin D",
                note="'The Government recommends'. The release names only vitamin D; A and C are added (true of the actual guideline). Could be read as distorted/other.",
            ),
            C(
                "the Government would consider giving all under-fives free vitamins due to rising fears about vitamin deficiency",
                "Sally Davies",
                P,
                NIR,
            ),
        ],
    )
)

# 8
HAR = "Harvard T H Chan School of Public Health"
STORIES.append(
    dict(
        story_id="news-25-199-express.co.uk",
        story_note="Headline left out. The researchers are 'The team from Harvard T H Chan School of Public Health'. 'The researchers stress ...' appears twice and is annotated twice. The story's 8,854 doctors (release 18,854) is in a method sentence without a cue and is not annotated. The last four claims are about a separate 2016 Harvard study not in the release.",
        quotes=[
            Q(
                "protective",
                HAR,
                O,
                "verbatim",
                rel="“protective”",
                note="One-word partial quotation attributed to the researchers ('they also found'); kept as in the dev gold's 'pressing'.",
            ),
            Q(
                "Within the same hospital, patients treated by older physicians had higher mortality than patients cared for by younger physicians, except those physicians treating high volumes of patient volumes.",
                HAR,
                O,
                "verbatim",
                rel=(
                    "within the same hospital, patients treated by older physicians",
                    "treating high volumes of patient volumes.",
                ),
                note="'the study authors conclude'.",
            ),
        ],
        claims=[
            C(
                "the age of your doctor can impact on this",
                "new research",
                D,
                "distorted",
                rel="Patients in US hospitals treated by older physicians have higher mortality than patients cared for by younger physicians",
                how="causal",
                note="'concerning new research suggests'. The release reports an association and says no firm conclusions can be drawn about cause and effect.",
            ),
            C(
                "being treated in hospital by an older doctor can raise your mortality risk",
                "new study",
                D,
                "distorted",
                rel="Patients in US hospitals treated by older physicians have higher mortality than patients cared for by younger physicians",
                how="causal",
                note="'A new study has found'; association turned into 'can raise'.",
            ),
            C(
                "patients treated in US hospitals by older doctors have higher mortality rates than those cared for by younger physicians",
                "research published in The British Medical Journal",
                D,
                "supported",
                rel="Patients in US hospitals treated by older physicians have higher mortality than patients cared for by younger physicians",
                note="The high-volume exception is dropped here but given later in the story.",
            ),
            C(
                "for every 77 patients treated by a doctor over 60, one fewer patient would die within 30 days of being admitted if the had been seen by someone under 40",
                "findings",
                D,
                "distorted",
                rel="If the results are causal, they suggest that for every 77 patients treated by doctors aged 60 or over, one fewer patient would die within 30 days of admission if those patients were cared for by physicians aged less than 40.",
                how="causal",
                note="'The findings suggest'. The release's condition 'If the results are causal' is dropped.",
            ),
            C(
                "while older doctors should have increased clinical experience and knowledge, their skills may become outdated as scientific knowledge, technology and clinical guidelines change",
                HAR,
                O,
                "supported",
                rel=(
                    "Clinical skills and knowledge accumulated by more experienced physicians",
                    "technology, and clinical guidelines evolve.",
                ),
                note="'Researchers suggest'. Release narrative.",
            ),
            C(
                "findings should be considered exploratory, and that no firm conclusions should be drawn yet",
                HAR,
                O,
                "supported",
                rel="However, the researchers stress that their findings should be regarded as exploratory.",
                note="First occurrence. The release also says no firm conclusions can be drawn about cause and effect.",
            ),
            C(
                "patients’ mortality rate was 10.8 per cent for physicians aged less than 40, 11.1 per cent for physicians aged 40 to 49, 11.3 per cent for physicians aged 50 to 59, and 12.1 per cent for physicians aged 60 or over",
                HAR,
                O,
                "supported",
                rel=(
                    "patients’ 30 day mortality rates were 10.8%",
                    "12.1% for physicians aged 60 or over.",
                ),
                note="'They discovered across a 30-day period that'.",
            ),
            C(
                "doctors - of any age - who treated high numbers of patients seemed to have a “protective” effect on their skills",
                HAR,
                O,
                "supported",
                rel="Among physicians with a high volume of patients, however, there was no association between physician age and patient mortality, suggesting that high volumes could be “protective” of clinical skills, say the authors.",
                note="Mixed quotation.",
            ),
            C(
                "findings should be considered exploratory, and that no firm conclusions should be drawn yet",
                HAR,
                O,
                "supported",
                rel="However, the researchers stress that their findings should be regarded as exploratory.",
                note="Second occurrence (the story repeats the paragraph).",
                occ=1,
            ),
            C(
                "the gender of your doctor may make a difference too",
                "previous research",
                D,
                NIR,
            ),
            C(
                "elderly patients were less likely to be readmitted to hospital within 30 days, or die, if they were treated by female doctors rather than male",
                "2016 study by Harvard University",
                D,
                NIR,
            ),
            C(
                "women, compared to men, tended to spend more time with patients, communicate with them better and stick to clinical guidelines more often",
                "previous studies",
                D,
                NIR,
            ),
            C(
                "when treated by female doctors, patients had a four per cent lower risk of dying prematurely, and a five per cent reduced likelihood of being readmitted to hospital within a month",
                "2016 study by Harvard University",
                D,
                NIR,
            ),
            C(
                "if male doctors had the same outcomes as their female counterparts, annual deaths would drop by 32,000",
                "2016 study by Harvard University",
                D,
                NIR,
            ),
        ],
    )
)

# 9
STORIES.append(
    dict(
        story_id="news-25-180-mirror.co.uk",
        story_note="Headline and share/byline lines left out. 'The researchers' are not given an institution in the story (only Dr Sun is 'of Stanford University School of Medicine'), so their speaker is null. The last claim, the 'busy clinicians' quotation and Dr Sun's last quotation are from the linked editorial in the release; the story gives them to the researchers and to Sun. 'Compared with opioid users ...' has no cue and is not annotated.",
        quotes=[
            Q(
                "could reduce the population risk of an emergency room visit or inpatient admission for opioid overdose by 15 per cent.",
                "Eric Sun",
                P,
                "verbatim",
                rel="could reduce the population risk of an emergency room visit or inpatient admission for opioid overdose by 15%",
                note="No closing mark; the quotation ends with the paragraph. 'say the authors' in the release.",
            ),
            Q(
                "busy clinicians will struggle to keep up with their patients' use of different prescriptions.",
                None,
                P,
                "verbatim",
                rel="busy clinicians will struggle to keep up with their patients' use of different prescriptions.",
                note="'They point out' (the researchers); in the release the editorial authors'.",
            ),
            Q(
                "A multi-pronged effort from both regulators and experts writing clinical guidelines, along with extensive expansion in warnings about the hazards of drug-drug interactions, are essential to reduce low value, potentially dangerous care.",
                "Eric Sun",
                P,
                "verbatim",
                rel=("a multi-pronged effort from both regulators", "potentially dangerous care."),
                note="The words match, but in the release they are the linked editorial's, not the study authors'.",
            ),
        ],
        claims=[
            C(
                "Taking prescription painkillers with sleeping pills puts people at greater risk of an overdose",
                None,
                P,
                "distorted",
                rel="Taking opioids (strong prescription painkillers) together with benzodiazepines (widely used to treat anxiety and sleep problems) is associated with greater risk of opioid overdose",
                how="causal",
                note="'researchers have warned'. Release: 'is associated with'; story: 'puts people at greater risk'.",
            ),
            C(
                "taking strong prescription painkillers, known as opioids, together with benzodiazepines - widely used to treat sleep problems and anxiety - is associated with a greater risk of an opioid overdose",
                "study published in the British Medical Journal",
                D,
                "supported",
                rel="Taking opioids (strong prescription painkillers) together with benzodiazepines (widely used to treat anxiety and sleep problems) is associated with greater risk of opioid overdose",
                note="'The study ... shows'.",
            ),
            C(
                "opioids should be prescribed cautiously among patients who are also taking benzodiazepines",
                None,
                P,
                "supported",
                rel="The researchers say opioids should be prescribed cautiously among patients who are also taking benzodiazepines",
            ),
            C(
                "education programmes that warn prescribers and patients about the risks of taking both medications concurrently",
                None,
                P,
                "supported",
                rel="call for education programs that warn prescribers and patients about the risks of taking both medications concurrently",
                note="'called for'.",
            ),
            C(
                "in many countries, the increased use of prescription painkillers and the resulting potential for addiction and overdose represent a growing public health concern",
                None,
                P,
                "supported",
                rel="In many countries, the increased use of prescription opioids and the resulting potential for addiction and overdose represent a growing public health concern.",
                note="'They said'; release narrative.",
            ),
            C(
                "that raises the possibility that some of the increase in opioid related deaths might be caused by increases in their concurrent use with benzodiazepines over time",
                None,
                P,
                "supported",
                rel="raising the possibility that some of the increase in opioid related deaths might be caused by increases in their concurrent use with benzodiazepines over time",
                note="'The researchers said'.",
            ),
            C(
                "nine per cent of opioid users also received a prescription for a benzodiazepine in 2001, increasing to 17 per cent in 2013 - an 80 per cent relative increase",
                None,
                P,
                "supported",
                rel="They found that 9% of opioid users also received a prescription for a benzodiazepine in 2001, increasing to 17% in 2013 (an 80% relative increase).",
                note="'They found'.",
            ),
            C(
                "it was an observational study, so no firm conclusions can be drawn about cause and effect",
                None,
                P,
                "supported",
                rel="This is an observational study, so no firm conclusions can be drawn about cause and effect.",
                note="'The researchers said'.",
            ),
            C(
                'if the association is found to be causal, elimination of the concurrent use of benzodiazepines and opioids "could reduce the population risk of an emergency room visit or inpatient admission for opioid overdose by 15 per cent',
                "Eric Sun",
                P,
                "supported",
                rel=(
                    "However, if this association is found to be causal",
                    'for opioid overdose by 15%," say the authors.',
                ),
                note="Mixed quotation.",
            ),
            C(
                "opioids should be prescribed cautiously - even if only for a short term course - among patients who are also taking benzodiazepines",
                "Eric Sun",
                P,
                "supported",
                rel="They suggest that opioids should be prescribed cautiously - even if only for a short term course - among patients who are also taking benzodiazepines.",
            ),
            C(
                "education programme should also be implemented that warn prescribers and patients about the risks of taking benzodiazepines and opioids at the same time",
                "Eric Sun",
                P,
                "supported",
                rel="call for education programs that warn prescribers and patients about the risks of taking both medications concurrently",
                note="'He said'. The release's later sentence is softer ('healthcare systems might also want to implement'), but the researchers 'call for' such programmes; a stricter reading gives distorted/stronger.",
            ),
            C(
                "while concern about concurrent use of painkillers and benzodiazepines has led to warnings and guidelines, they are unlikely to change clinical behaviour, at least not quickly",
                None,
                P,
                "supported",
                rel="In a linked editorial, researchers warn that while concern about concurrent use of opioids and benzodiazepines has led to warnings and guidelines, they are unlikely to change clinical behaviour, at least not quickly.",
                note="'the researchers warned'; in the release these are the editorial's researchers.",
            ),
            C(
                "unless systems are set up to push information to providers, \"busy clinicians will struggle to keep up with their patients' use of different prescriptions",
                None,
                P,
                "supported",
                rel=(
                    "They point out that, unless systems are set up",
                    "use of different prescriptions.",
                ),
                note="Mixed quotation; the editorial's in the release.",
            ),
        ],
    )
)

# 10
REN = "University of Rennes and University Hospital"
STORIES.append(
    dict(
        story_id="news-25-174-smh.com.au",
        story_note="Headline, video-player furniture, related-content teasers, share lines and photo captions are left out. The researchers are 'the researchers from University of Rennes and University Hospital in France'. The Australian experts, the TGA, Lyclear and Johnson&Johnson are not in the release. 'Children with the highest levels were around three times as likely ...' has no cue and is not annotated. Rae's inner 'reverse causality' is a quoted term inside his quotation.",
        quotes=[
            Q(
                "Identifying the potential causes [of neurodevelopmental deficits] that can be remediated is, therefore, of paramount public health importance,",
                REN,
                O,
                NIR,
                note="'the researchers ... wrote' (the paper).",
            ),
            Q(
                "keep [it] out of reach of children",
                "Lyclear",
                D,
                NIR,
                note="Product instructions.",
            ),
            Q(
                "These results are very concerning as these chemicals are commonly used in urban areas of Australia, especially for termite control.",
                "Vincent Pettigrove",
                P,
                NIR,
            ),
            Q(
                "However, because the authors postulate a cellular mechanism for harm and their study subjects are mothers and their child, their findings could have an impact on community sentiment,",
                "David Goddard",
                P,
                NIR,
            ),
            Q(
                "A reasonable public health outcome based on this study would be that exposure to insecticides should not be greater than is required to control their intended pest target, but the study does not provide a firm enough basis to restrict use of pyrethroids.",
                "David Goddard",
                P,
                NIR,
                note="Own paragraph after 'he said'; a separate entry.",
            ),
            Q(
                "operating near the limits of even modern analytical chemistry",
                "Ian Rae",
                P,
                NIR,
            ),
            Q(
                "below the level of detection",
                "Ian Rae",
                P,
                NIR,
            ),
            Q(
                "We are all exposed to them and live with traces in our tiny bodies of as many as several hundred substances produced by the chemical industry and used in domestic, industrial or agricultural settings,",
                "Ian Rae",
                P,
                NIR,
            ),
            Q(
                "So, were the pesticides to blame in this case? Who can tell? Even the researchers admit that there could be 'reverse causality', that is, that children with behavioural problems (such as hyperactivity) might be somehow more exposed to pesticides.",
                "Ian Rae",
                P,
                NIR,
            ),
            Q(
                "As with all of our medicines, we continuously monitor and welcome the latest scientific research that will improve the safety of our medicines.",
                "Johnson&Johnson",
                O,
                NIR,
                note="'A Johnson&Johnson spokesperson said'.",
            ),
        ],
        claims=[
            C(
                "Ingredients found in head lice and scabies treatment products have been linked to behavioural difficulties in young children",
                None,
                P,
                "distorted",
                rel="may be linked to behavioural difficulties in 6 year olds",
                how="stronger",
                note="'scientists say' (unnamed). Release: 'may be linked'; story: 'have been linked'.",
            ),
            C(
                "established a link between pyrethroids and behavioural disorders in children",
                "study",
                D,
                "distorted",
                rel="The current study suggests that exposure to certain pyrethroids at the low environmental doses encountered by the general public may be associated with behavioural disorders in children.",
                how="stronger",
                note="'The study ... established'. Release: 'suggests ... may be associated'.",
            ),
            C(
                'higher levels of a certain pyrethroid in the urine of the mums-to-be was associated with a heightened risk of "internalising" behaviours in their six-year-olds, such as being anxious and withdrawn',
                "study",
                D,
                "supported",
                rel="higher levels of cis-DCCA in the urine of the mums-to-be was associated with a heightened risk of internalising behaviours in their 6 year olds.",
                note="'It found'.",
            ),
            C(
                'levels of a different pyrethroid in the children\'s urine samples was associated with a greater risk of "externalising" behaviours, such as being defiant and aggressive',
                "study",
                D,
                "supported",
                rel="Levels of another metabolite (3-PBA) in the children’s urine samples were associated with a heightened risk of externalising behaviours.",
                note="'It also found'.",
            ),
            C(
                "An ingredient called permethrin, which is part of the pyrethroid family, is in Johnson&Johnson's 'Lyclear Scabies Cream', iNova's 'Pyrifoam Lice Breaker', and Orion's 'Quellada Headlice Treatment'",
                "Therapeutic Goods Administration's (TGA) database",
                D,
                NIR,
            ),
            C(
                "it can be used on children between six months and two years of age under medical supervision",
                "Lyclear",
                D,
                NIR,
            ),
            C(
                "pyrethroids might alter neurochemical signalling in the brain",
                REN,
                O,
                "supported",
                rel="the researchers suggest that pyrethroids might alter neurochemical signalling in the brain.",
                note="'The researchers believe'.",
            ),
            C(
                "high levels of another type of pyrethroid in the children's urine sample was associated with a lowered risk of externalising behaviours",
                "study",
                D,
                "supported",
                rel="However, high levels of trans-DCCA were associated with a lowered risk of externalising behaviours.",
                note="'a counter-intuitive finding was that'; read as attributed to the study.",
            ),
            C(
                "some weaknesses in the methodology, including the small size of the group",
                "David Goddard",
                P,
                NIR,
                note="'identified'. The release's caveats are the observational design and urine sampling, not sample size.",
            ),
            C(
                'the French researchers were "operating near the limits of even modern analytical chemistry" and monitoring substances at concentrations "below the level of detection"',
                "Ian Rae",
                P,
                NIR,
                note="Mixed quotation. The release says assessing exposure from urine is notoriously difficult, but not this.",
            ),
        ],
    )
)

# 11
STORIES.append(
    dict(
        story_id="news-25-090-heraldsun.com",
        story_note="Headline left out. The researchers are 'a team of UK researchers' and 'the authors' with no institution, so their speaker is null. 'It would also help compensate ...' continues the previous attribution with no cue and is not annotated. The story ends mid-quotation (Katherine Taylor's quotation has no closing mark).",
        quotes=[
            Q(
                "best method",
                None,
                P,
                "altered",
                rel="best option",
                edits=[("replace", "option", "method", False)],
                note="Two-word partial quotation attributed to the experts ('they said'); release narrative ('best option') turned into a quotation.",
            ),
            Q(
                "Our results are of major significance for clinical practice and risk management in view of declining genetic testing costs and the improvements in estimating an individual’s ovarian cancer risk,",
                None,
                P,
                "verbatim",
                rel=(
                    "Our results are of major significance",
                    "an individual's ovarian cancer risk,",
                ),
                note="'the authors wrote' (no institution named).",
            ),
            Q(
                'With routine clinical testing for certain moderate penetrance genes around the corner and lack of an effective ovarian cancer screening programme, these findings are timely as it provides evidence supporting a surgical prevention strategy for ‘lower-risk’ individuals.\n\n"Such an approach can contribute to decreasing the number of ovarian cases and disease burden within the population.\n\n"This is a key measure needed for moving towards a predictive, preventive, personalised and participatory medicine.',
                None,
                P,
                "altered",
                rel=(
                    "With routine clinical testing for certain moderate penetrance genes",
                    "'lower risk' individuals,",
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
                note="Three paragraphs, one entry ('the authors'). The first sentence is the release's; the last two have no counterpart in it (probably from the paper). Could also be split into a verbatim entry and not_in_release, or called not_in_release as a whole.",
            ),
            Q(
                "It also demonstrates that it’s vital for women to have informed discussions with their clinicians about their personal risk, options for preventing ovarian cancer – particularly for those who have an inherited predisposition – and the role of HRT after any surgery.",
                "Katherine Taylor",
                P,
                NIR,
                note="Ovarian Cancer Action; no closing mark.",
            ),
        ],
        claims=[
            C(
                "The number of cases of ovarian cancer could be reduced if more at-risk women were offered pre-emptive surgery",
                None,
                P,
                "supported",
                rel="The current threshold for pre-emptive surgery to remove the ovaries and fallopian tubes of women aged 40+ at high risk of developing ovarian cancer should be halved",
                note="'experts have said' (unnamed; the UK researchers). The release's benefit is longer lives and cost effectiveness; fewer cases follows from surgery being 'the best option for curbing ovarian cancer risk'.",
            ),
            C(
                'Surgery to remove the ovaries and fallopian tubes is the "best method" for preventing ovarian cancer among women deemed to be at high risk of getting the disease',
                None,
                P,
                "supported",
                rel="Pre-emptive surgery, known as risk reducing salpingo-oophorectomy, is the best option for curbing ovarian cancer risk among women at high risk of developing the disease.",
                note="Mixed quotation ('they said').",
            ),
            C(
                "if those aged over 40 who have a 4 per cent chance of getting ovarian cancer in their lifetime were offered the surgery the National Health Service could save money and there would be a decrease in the number of women diagnosed with the disease",
                None,
                P,
                "distorted",
                rel="This would not only extend the lives of more women, but would be very cost effective",
                how="other",
                note="'a team of UK researchers said'. Release: 'very cost effective' and longer lives; the story says the NHS would save money (cost effective is not cost saving) and fewer women would be diagnosed.",
            ),
            C(
                "pre-emptive surgery at a lifetime risk level of 4 per cent or greater would be highly cost effective among women aged at least 40",
                "new study published in the Journal of Medical Genetics",
                D,
                "supported",
                rel="the calculations showed that pre-emptive surgery at a lifetime risk level of 4% or greater would be highly cost effective among women aged at least 40",
                note="'The calculations showed'.",
            ),
            C(
                "Across the UK, there were 7200 cases of ovarian cancer diagnosed in 2013",
                "Cancer Research UK",
                O,
                NIR,
                note="'according to Cancer Research UK figures'.",
            ),
            C(
                "the organisation welcomes the study",
                "Katherine Taylor",
                P,
                NIR,
            ),
        ],
    )
)

# 12
LDC = "Diabetes Research Center at Leicester General Hospital"
STORIES.append(
    dict(
        story_id="news-29-004-uk.reuters.com",
        story_note="Headline and SOURCE line left out. The study team is given the institution the story names for Zaccardi (Diabetes Research Center at Leicester General Hospital). Sethu Reddy and the diabetes associations are not in the release. Continuation sentences without a cue (hypoglycaemia similar, heart rate) are not annotated.",
        quotes=[
            Q(
                "The main message is that today several drugs are available for the control of hyperglycemia in type 2 diabetes, as never before,",
                "Francesco Zaccardi",
                P,
                NIR,
            ),
            Q(
                "Therefore, it is even more important to know differences and similarities among drugs.",
                "Francesco Zaccardi",
                P,
                NIR,
            ),
            Q(
                "The weight loss is instructive because a lot of people hear stories of people losing a lot of weight, but the mean weight loss is modest,",
                "Sethu Reddy",
                P,
                NIR,
            ),
            Q(
                "I believe that the study underlines the necessity to perform direct comparisons among drugs of the same class to better clarify the pros and cons of each drug,",
                "Francesco Zaccardi",
                P,
                NIR,
            ),
            Q(
                "It’s not the 'real deal' so to speak in that there are no trials comparing these drugs to one another,",
                "Sethu Reddy",
                P,
                NIR,
            ),
            Q(
                "That makes me more comfortable that this therapeutic area is real, and not a flash in the pan and the mechanism is real,",
                "Sethu Reddy",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "There's little difference in the performance of five new once-a-week drugs to treat diabetes when they're compared to one another, though small differences in side effects emerge",
                "new review of existing evidence",
                D,
                "distorted",
                rel="Once-weekly glucagon-like peptide-1 receptor agonists (GLP-1RAs) differ in their efficacy and safety profiles",
                how="weaker",
                note="'according to a new review'. The release leads with the drugs differing in efficacy and safety; the story leads with little difference. Could be called polarity or other.",
            ),
            C(
                "the medications improve blood sugar control and reduce body weight",
                "past studies",
                D,
                "supported",
                rel="In clinical studies, these drugs improve glucose control and reduce body weight",
            ),
            C(
                "no research had compared the various versions head-to-head",
                "Francesco Zaccardi",
                P,
                "supported",
                rel="To date, however, no direct comparisons between once-weekly GLP-1RAs are available.",
                note="'the review's lead author said'.",
            ),
            C(
                "stimulate insulin and have other beneficial effects like slowing digestion",
                LDC,
                O,
                "supported",
                rel="GLP-1RAs are a relatively new class of drugs that stimulate insulin and inhibit glucagon secretion, slow gastric emptying, and reduce food intake.",
                note="'the study team writes'.",
            ),
            C(
                "GLP-1RAs as an option for people with type 2 diabetes who have tried other treatments like lifestyle changes and metformin",
                "American Diabetes Association and the European Association for the Study of Diabetes",
                O,
                NIR,
                note="'currently recommend'.",
            ),
            C(
                "the drugs performed similarly in reducing blood sugar, as well as heart disease risk factors like high blood pressure, cholesterol and inflammation",
                LDC,
                O,
                "distorted",
                rel=(
                    "Among once-weekly GLP-1RAs, the greatest differences were found",
                    "and C-reactive protein levels.",
                ),
                how="other",
                note="'They found' (Zaccardi and colleagues). Blood pressure, lipids and CRP: marginal or no differences, as in the release. But the release reports differences in fasting plasma glucose and HbA1c (dulaglutide and exenatide best), not similar blood-sugar reduction.",
            ),
            C(
                "the greatest differences between the drugs were around 0.4 percent for HbA1c and about three pounds of body weight",
                "Francesco Zaccardi",
                P,
                "supported",
                rel=(
                    "Among once-weekly GLP-1RAs, the greatest differences were found",
                    "(–1.5 kg; –2.2kg to –0.8kg).",
                ),
                note="'Zaccardi told Reuters Health'. 1.5 kg is about 3.3 pounds.",
            ),
            C(
                "taspoglutide 20 mg has the highest risk of nausea",
                LDC,
                O,
                "supported",
                rel="taspoglutide 20 mg had the greatest risk for nausea",
                note="'The researchers also found'.",
            ),
            C(
                "few comparisons like this study have been done between similar diabetes drugs, which limits their ability to compare the results to other types of treatments",
                "Francesco Zaccardi",
                P,
                NIR,
                note="The release says no direct comparisons were available; the limitation on comparing with other treatment types is not in it.",
            ),
            C(
                "the findings are based on a comparison of existing data from separate studies",
                "Sethu Reddy",
                P,
                "supported",
                rel="Researcher Dr Francesco Zaccardi and colleagues conducted a network meta-analysis of randomised trials. In the absence of direct evidence, network meta-analysis",
                note="'cautioned'; outside expert, claim carried by the release's method description.",
            ),
            C(
                "the review and new research into GLP-1RAs should give people comfort since it shows the drugs really do work to reduce high blood sugar and other diabetes symptoms",
                "Sethu Reddy",
                P,
                NIR,
                note="Opinion; the release reports reductions of HbA1c versus placebo but not this.",
            ),
        ],
    )
)

# 13
STORIES.append(
    dict(
        story_id="news-25-065-mirror.co.uk",
        story_note="Headline and standfirst left out. Several distortions sit in sentences without a cue and are not annotated: 'More problems in the manufacturing process in the last decade are to blame' (release: 'may be to blame'), and 'only five out of 43 hips - 12% - failed ... 36% - failed' (in the release these hips failed to meet the manufacturer's specification, not failed in patients). The researchers have no institution in the story.",
        quotes=[
            Q(
                "unacceptably high",
                None,
                P,
                "verbatim",
                rel="unacceptably high",
                note="Partial quotation ('which the researchers describe as').",
            ),
        ],
        claims=[
            C(
                "Thousands of Brits who have had hip replacements since 2006 may need further surgery",
                None,
                P,
                "distorted",
                rel="These patients might be at risk of early revision surgery, they suggest.",
                how="population",
                note="'experts have warned' (unnamed). The release's at-risk group is people with metal-on-metal Pinnacle hips (11,871 implanted in England and Wales, 180,000 worldwide); the story extends it to Brits with hip replacements since 2006.",
            ),
            C(
                "Metal on metal hip replacements involving the DePuy Pinnacle device implanted since 2006 are more prone to failure and the need for further surgery",
                "new research published in journal BMJ Open",
                D,
                "supported",
                rel="Metal on metal hip replacements implanted since 2006 are more prone to failure and the need for further surgery",
            ),
        ],
    )
)

# 14
STORIES.append(
    dict(
        story_id="news-25-137-nytimes.com",
        story_note="Headline and page furniture left out. Brenda Brouwer is not in the release.",
        quotes=[
            Q("It’s still a choice,", "Brenda Brouwer", P, NIR),
            Q(
                "If you want to manage it yourself, that’s fine. But I would urge people to at least seek advice from a physical therapist to learn what limitations they might need to impose on themselves.",
                "Brenda Brouwer",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Physical therapy for a sprained ankle may be no more effective than self-treatment at home",
                "randomized trial",
                D,
                "distorted",
                rel="Physiotherapy given to patients with simple ankle sprains does not benefit recovery when compared to basic self management of the injury at home",
                how="weaker",
                note="'a randomized trial reports'. The release states flatly that physiotherapy 'does not benefit recovery'; the story hedges with 'may'. A lenient reader would call it supported.",
            ),
            C(
                "no clinically significant differences between the two groups at one, three or six months after the injury",
                "study in the BMJ",
                D,
                "supported",
                rel="there was little clinical difference between those who had received physiotherapy versus usual standard care",
                note="'It found'. The authors: 'not a clinically important effect'.",
            ),
            C(
                "the results do not mean that physical therapy is useless for sprained ankles",
                "Brenda Brouwer",
                P,
                NIR,
            ),
        ],
    )
)

# 15
STORIES.append(
    dict(
        story_id="news-22-007-bbc.co.ik",
        story_note="Headline left out. 'sticking' and 'dissociated' are quoted terms, not quotations. The boxed 'Laughing gas and the philosopher' sidebar holds a Bertrand Russell quotation, annotated (not in the release). The list of signs of dissociation and 'Nitrous oxide is regularly used by paramedics ...' have no cue and are not annotated.",
        quotes=[
            Q(
                "The day after they saw the film, the number of intrusions experienced by the group who received nitrous oxide fell by over a half,",
                "Ravi Das",
                P,
                "verbatim",
                rel="The day after they saw the film, the number of intrusions experienced by the group who received nitrous oxide fell by over a half,",
            ),
            Q(
                'By contrast, the decline in intrusions was much slower in the group who received air, where there was not a significant drop in intrusions until the fourth day.\n\n"We think that this is because nitrous oxide disrupts a process that helps permanent memories to form.\n\n"If information is \'important\' enough to remember, for instance because it produces a strong emotional response, it is \'tagged\' for storage.\n\n"The brain requires N-methyl-D-aspartate [NMDA] receptors to tag information during the day, which is then filed for long-term storage while we sleep.\n\n"We know that nitrous oxide blocks NMDA receptors, so could interfere with tagging.\n\n"This might explain why the nitrous oxide group seemed to have weaker memories of the film the day after they watched it.',
                "Ravi Das",
                P,
                "altered",
                rel=(
                    "By contrast, the decline in intrusions was much slower",
                    "the day after they watched it.",
                ),
                edits=[
                    (
                        "delete",
                        "On any given day your brain will be exposed to a huge amount of information, some important, but most trivial.",
                        "",
                        False,
                    )
                ],
                note="Six paragraphs, one entry. The release's sentence 'On any given day ...' is dropped between 'form.' and 'If information' without an omission mark. '(NMDA)' -> '[NMDA]' is punctuation.",
            ),
            Q(
                "[The 19th Century US philosopher] William James describes a man who got the experience from laughing gas; whenever he was under its influence, he knew the secret of the universe, but when he came to, he had forgotten it. At last, with immense effort, he wrote down the secret before the vision had faded. When completely recovered, he rushed to see what he had written. It was, 'A smell of petroleum prevails throughout.'",
                "Bertrand Russell",
                P,
                NIR,
                note="Sidebar quotation of A History of Western Philosophy.",
            ),
            Q(
                'Many people who end up in an ambulance will have undergone some form of psychological trauma, and our study suggests that the nitrous oxide is likely to be having some effect on how their brain processes it.\n\n"However, whether it helps to prevent symptoms of PTSD or makes them more likely may depend on how dissociated patients feel before they receive it.',
                "Sunjeev Kamboj",
                P,
                "verbatim",
                rel=(
                    "Many people who end up in an ambulance",
                    "how dissociated patients feel before they receive it.",
                ),
                note="Two paragraphs, one entry.",
            ),
            Q(
                "too small to have a noticeable effect on memory formation",
                "Sunjeev Kamboj",
                P,
                "verbatim",
                rel="too small to have a noticeable effect on memory formation",
            ),
        ],
        claims=[
            C(
                'Inhaling laughing gas after a traumatic event could help prevent distressing memories from "sticking" in the brain',
                "University College London study",
                D,
                "supported",
                rel="Nitrous oxide administered after a traumatic event may help to prevent distressing memories from ‘sticking’ in the brain",
            ),
            C(
                "Among the others, the decline was more gradual",
                "Psychological Medicine",
                D,
                "supported",
                rel="while the decline was more gradual and linear for those given air",
                note="'Psychological Medicine says' (the journal paper).",
            ),
            C(
                'those who felt more "dissociated" after watching the film scenes tended to experience more frequent distressing memories',
                "University College London study",
                D,
                "supported",
                rel="The research also found that people who felt more ‘dissociated’ after watching the film tended to experience more intrusive memories.",
                note="'The study also suggested'.",
            ),
            C(
                "further research was now needed to assess memory effects of other painkillers, such as ketamine",
                "Sunjeev Kamboj",
                P,
                "distorted",
                rel="Further research is now needed to determine whether dissociation similarly affects the response of trauma victims who receive nitrous oxide or other painkillers such as ketamine.",
                how="other",
                note="The release's research question is whether dissociation affects the response to nitrous oxide or other painkillers; the story makes it the memory effects of other painkillers. Mild; supported is defensible.",
            ),
            C(
                'the amount it took to fill a balloon - the most popular recreational method - would probably be "too small to have a noticeable effect on memory formation"',
                "Sunjeev Kamboj",
                P,
                "supported",
                rel="The amount of nitrous oxide used recreationally in a balloon, for example, would likely be too small to have a noticeable effect on memory formation.",
                note="Mixed quotation. 'the most popular recreational method' is the journalist's insertion.",
            ),
        ],
    )
)

# 16
STORIES.append(
    dict(
        story_id="news-25-129-globeandmail.com",
        story_note="Reuters story. Headline and dateline lines left out. The researchers are given University College London, the institution the story names for the lead author. Figures without a cue of their own are not annotated, though some are off: 'almost 50 per cent as likely to drink' (release: 46% more likely), '11 per cent of girls' tried alcohol (10.6%), and '12 per cent of boys and 7 per cent of girls reported feeling drunk' (in the release, of those who had tried alcohol). The children's own survey answers are not annotated as claims. Suzannah Creech is not in the release.",
        quotes=[
            Q(
                "We know from previous studies that people who experienced parental absence in childhood are more likely to smoke and/or drink in adulthood,",
                "Rebecca Lacey",
                P,
                "paraphrase",
                rel="the 'loss' of a parent has been linked to a heightened risk of smoking and drinking in adolescence and later life",
                note="The release has no Lacey quotation; its background narrative says the same.",
            ),
            Q(
                "These findings suggest that the uptake of risky health behaviors may be occurring earlier in life than we previously thought,",
                "Rebecca Lacey",
                P,
                NIR,
                note="'added by email'. The release only asks whether parental absence is a risk factor for 'an even earlier start on risky health behaviours'; it does not state this conclusion. Paraphrase is arguable.",
            ),
            Q(
                "Children can be profoundly resilient to life stressors when they also have a positive and consistent attachment figure such as a parent, grandparent or older sibling,",
                "Suzannah Creech",
                P,
                NIR,
            ),
            Q(
                "Making sure children’s basic needs are met and that they have a positive relationship with an attachment figure can be protective factors.",
                "Suzannah Creech",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Kids that have an absent parent may be more likely than other children to start drinking and smoking before they reach their teens",
                "U.K. study",
                D,
                "supported",
                rel="Parental absence in early childhood as a result of death or relationship break-down is linked to a heightened risk of starting to smoke and drink alcohol before that child reaches his/her teens",
                note="'a U.K. study suggests'.",
            ),
            C(
                "few kids drink or smoke by age 11",
                "U.K. study",
                D,
                "supported",
                rel=(
                    "Most children had not smoked by the age of 11",
                    "(10.6%) said they had ever drunk alcohol.",
                ),
                note="'the study found'. About 15% of boys and 10.6% of girls had drunk alcohol.",
            ),
            C(
                "Overall, 29 per cent of boys and 28 per cent of girls had a parental absence by age 7",
                "University College London",
                O,
                NIR,
                note="'researchers report in the Archives of Disease in Childhood'. The release says 'more than one in four'; the percentages by sex are not in it (number convention).",
            ),
            C(
                "One limitation of the study is that researchers didn’t look at parental deaths or departures after age 7, making it impossible to see how an absence that started between ages 7 and 11 might influence risk behaviors",
                "University College London",
                O,
                "supported",
                rel="Furthermore, no information was included on parental absence between the ages of 7 and 11, which may have influenced behaviour, the researchers point out.",
                note="'the authors note'.",
            ),
            C(
                "the findings add to a growing body of evidence suggesting that family structures and dynamics can influence whether kids develop substance abuse issues",
                "Suzannah Creech",
                P,
                "distorted",
                rel="Nevertheless, their findings echo those of other studies in this area",
                how="causal",
                note="Outside expert. The release says the findings echo other studies, and that no firm conclusions about cause and effect can be drawn; 'can influence' is causal. not_in_release is also defensible.",
            ),
            C(
                "When a parental absence does happen, there are still things the remaining parents and caregivers can do to help minimize the odds that children will drink or smoke",
                "Suzannah Creech",
                P,
                NIR,
            ),
        ],
    )
)

# 17
DM = "Dona Mercedes Primary Health Center"
STORIES.append(
    dict(
        story_id="news-25-039-GOOGLESEARCHER chicagotribune.com",
        story_note="HealthDay story. Headline, copyright line and the print-headline line (a headline quoted as a title) are left out. The researchers ('Vas and colleagues') are given the institution the story names for Vas. Alexander Rances, Allyson Shrikhande and the UCSD centre are not in the release. Results sentences without a cue (the 10-week 41%/27%) are not annotated.",
        quotes=[
            Q(
                "Individualized acupuncture is a safe and good therapeutic option for the treatment of patients with fibromyalgia,",
                "Jorge Vas",
                P,
                NIR,
                note="The release's narrative says only that tailored acupuncture 'may be a viable treatment' (side effects few and mild); the quotation is firmer and its words are not in the release. Paraphrase is arguable.",
            ),
            Q(
                "Both acupuncture and traditional medicine have a place in treating fibromyalgia,",
                "Alexander Rances",
                P,
                NIR,
            ),
            Q(
                "A combination of Western as well as traditional Chinese medicine probably offers these patients the best possible therapy.",
                "Alexander Rances",
                P,
                NIR,
            ),
            Q(
                "Although it was allowed for the participants to continue with the pharmacological [drug] treatment they were taking beforehand, when the study was finished, the patients who received individualized acupuncture were taking less medication than the group on sham acupuncture,",
                "Jorge Vas",
                P,
                NIR,
                note="The release says participants continued their usual drugs; that the acupuncture group ended on less medication is not in it.",
            ),
            Q(
                "significant contributing factor to their continued improvement.",
                "Allyson Shrikhande",
                P,
                NIR,
            ),
            Q(
                "the findings in this study help demonstrate that acupuncture is a safe and effective treatment for chronic pain patients.",
                "Allyson Shrikhande",
                P,
                NIR,
            ),
            Q(
                "Acupuncture can calm or quiet the nervous system and help slow down the pain signals to the brain,",
                "Allyson Shrikhande",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Acupuncture may help ease pain and improve quality of life for people with fibromyalgia",
                "new study",
                D,
                "supported",
                rel="Nine weekly sessions of individually tailored acupuncture lessen perceived pain intensity, and improve functional capacity and quality of life, in people with the chronic pain condition, fibromyalgia",
                note="'a new study suggests'. Hedged where the release is not, but the researchers themselves say it 'may be a viable treatment'.",
            ),
            C(
                "The condition affects up to 5 percent of the population",
                "Jorge Vas",
                P,
                "supported",
                rel="It affects up to one in 20 people.",
            ),
            C(
                "Fibromyalgia treatment usually starts with medications such as the nerve pain medication Lyrica (pregabalin), and if that fails or is only partly effective, doctors might add acupuncture to the mix",
                "Alexander Rances",
                P,
                NIR,
            ),
            C(
                "One year after treatment, acupuncture patients had an average 20 percent drop in their pain score, compared with a little more than 6 percent among those who had simulated therapy",
                DM,
                O,
                "supported",
                rel="Significant differences persisted after a year, with an average fall of 20% in the pain score among those treated with the real thing compared with just over 6% for those given the simulated treatment.",
                note="'the researchers found'.",
            ),
            C(
                "Reductions were seen of 35 percent at 10 weeks, and just over 22 percent at one year, for those given real acupuncture, compared with 24.5 percent and 5 percent, respectively, for those given sham acupuncture",
                DM,
                O,
                "supported",
                rel="with reductions of 35%, 25%, and just over 22% for those given tailored acupuncture compared with 24.5%, just over 11%, and 5%, for those given simulated acupuncture.",
                note="'the researchers said'.",
            ),
            C(
                "Pressure pain and the number of tender points also improved more in patients given real acupuncture after 10 weeks, as did measures of fatigue, anxiety and depression",
                "Jorge Vas",
                P,
                "supported",
                rel="Other aspects of pain intensity, including pressure pain threshold and the number of tender points also improved significantly more in the group given real acupuncture after 10 weeks, as did measures of fatigue, anxiety, and depression.",
            ),
            C(
                "although taking less pain medication, acupuncture patients were using higher levels of antidepressants after one year, which may have artificially boosted the positive results",
                "Jorge Vas",
                P,
                "supported",
                rel="although the researchers caution that participants were using higher levels of antidepressants after a year, which may have artificially inflated the positive outcomes.",
                note="'he said'. The concession 'although taking less pain medication' is not in the release; the main claim is.",
            ),
            C(
                'antidepressant use could have been a "significant contributing factor to their continued improvement."',
                "Allyson Shrikhande",
                P,
                "supported",
                rel="although the researchers caution that participants were using higher levels of antidepressants after a year, which may have artificially inflated the positive outcomes.",
                note="'She agreed that'; outside expert, mixed quotation.",
            ),
            C(
                "Many patients with fibromyalgia have a central nervous system that is unregulated, meaning an abundance of pain signals are sent to the brain",
                "Allyson Shrikhande",
                P,
                NIR,
            ),
            C(
                "Some insurance companies cover acupuncture, which costs about $125 a session",
                "University of California at San Diego Center for Integrative Medicine",
                O,
                NIR,
            ),
        ],
    )
)

# 18
STORIES.append(
    dict(
        story_id="news-29-017-GOOGLESEARCH timeofindia.com",
        story_note="Times of India reprint of a Daily Mirror story. Headline left out. The last paragraph ('By suggesting ... by regularly exercising.') repeats the release's quotations of Yates and Bakrania word for word, but it has no quotation marks and no cue, so it is not annotated. Background without a named source ('has been linked to ill health', 'medics are concerned as ...') is not annotated.",
        quotes=[
            Q(
                "It is possible for an individual, over the course of a day, to have high levels of physical activity and still accumulate large amounts of sedentary time.",
                "Thomas Yates",
                P,
                NIR,
            ),
            Q(
                "Overall, adults who engaged in at least 150 min of moderate to vigorous physical activity per week, including sedentary exercisers had more favourable health profiles compared to couch potatoes.",
                "Thomas Yates",
                P,
                "paraphrase",
                rel="those who are physically active have a more desirable health profile across multiple cardiometabolic markers even when combined with high sedentary time",
                note="No closing mark; the entry ends with the paragraph (the next paragraph has no opening mark). Same finding as Yates's release quotation in other words; '150 min' is not in the release.",
            ),
        ],
        claims=[
            C(
                "Exercising for as little as two-and-a-half hours a week can undo damage done by sitting down all day",
                "study",
                D,
                NIR,
                note="'a study has found'. The release: regular exercise 'may offset some of the deleterious consequences' of sitting; it gives no weekly amount (number convention). Otherwise distorted/stronger ('undo damage').",
            ),
            C(
                "even moderate activity can be enough for a health boost",
                "study",
                D,
                NIR,
                note="'The study ... found'. The release compares people meeting the activity guidelines with those who do not; it says nothing about moderate activity being enough.",
            ),
        ],
    )
)

# 19
STORIES.append(
    dict(
        story_id="news-29-005-mirror.co.uk",
        story_note="Headline, standfirst ('Researchers say standing up can cut ...'), byline/section lines, the 'Read more' teaser and the closing reader question are left out. 'The findings add to evidence ...' is the journalist's; continuation sentences with no cue (28%, insulin 20%/37%, next-day effects) are not annotated.",
        quotes=[
            Q(
                'Simply standing up engages the uptake of glucose into the large muscles.\n\n"It\'s important to any people who sit for long periods of time - such as office workers.\n\n"Breaking up long periods of sitting could be of benefit to everybody.',
                "Joseph Henson",
                P,
                NIR,
                note="Three paragraphs, one entry. The release's Henson quotation is different (women at high risk).",
            ),
        ],
        claims=[
            C(
                "Diabetes can be prevented just by standing up",
                "new research",
                D,
                "distorted",
                rel="Women who have an inactive daily routine and are at high risk of Type 2 diabetes can help prevent the condition by regularly standing up or walking for five minutes at a time",
                how="stronger",
                note="'suggests new research'. 'can help prevent' becomes 'can be prevented just by'; the population (inactive women at high risk) is also dropped.",
            ),
            C(
                "regularly getting up from the desk or sofa reduces blood sugar and insulin levels in similar ways to going for a walk",
                "study",
                D,
                "supported",
                rel="elicited similar changes to sugar and insulin levels following breakfast and lunch as breaking up sitting with identical periods of self-perceived light-intensity walking",
                note="'The study found'.",
            ),
            C(
                "standing up for at least an hour a day helps ward off the threat of obesity and heart disease",
                "previous research",
                D,
                NIR,
            ),
            C(
                "interrupting periods of prolonged sitting with five minutes of standing every 30 minutes reduced the rise in sugar levels after breakfast and lunch by 34 per cent",
                "Leicester University",
                O,
                "supported",
                rel="Compared with uninterrupted sitting, standing reduced the rise in sugar levels by 34 per cent",
                note="'They found' (Henson and colleagues, of Leicester University).",
            ),
            C(
                "breaking up prolonged periods of sitting with regular five minute bouts of light movement - or even standing - could be more effective",
                "latest research, published in the journal Diabetes Care",
                D,
                "distorted",
                rel="suggests that breaking up prolonged periods of sitting regularly with five minutes bouts of light movement every 30 minutes significantly reduces blood sugar and insulin levels",
                how="other",
                note="'suggests'. The release says breaks reduce sugar and insulin; it does not say they could be more effective than the 150 minutes of moderate-to-vigorous activity.",
            ),
        ],
    )
)

# 20
JH = "Johns Hopkins Bloomberg School of Public Health"
STORIES.append(
    dict(
        story_id="news-25-043-reuters.com",
        story_note="Reuters Health story. Headline, section lines and SOURCE line left out. The researchers ('Heins and colleagues') are given the institution the story names for Heins. The state-by-state list (fires, drowning, nature, motor vehicles) and the West Coast legal-intervention figures have no cue of their own and are not annotated. Eric Fleegler is not in the release.",
        quotes=[
            Q(
                "States might have different rates of injury deaths because methods of classifying injury deaths vary by state, because some states have geographic characteristics or industries that make certain types of injury deaths more likely, or because of differences in policy and culture,",
                "Sara Heins",
                P,
                "paraphrase",
                rel="Distinctive geographical patterns linked to differences in measurement, environment, and policy",
                note="The release has no Heins quotation; its subheading and narrative give the same three explanations (coding, wilderness/agricultural land, policy or culture). not_in_release is arguable.",
            ),
            Q(
                "When a state has high death rates due to this last category, to me it highlights a target for prevention efforts,",
                "Sara Heins",
                P,
                "paraphrase",
                rel="In states where injuries are disproportionately common due to differences in policy or culture, a map identifying the most distinctive injury death in each state could help policymakers and advocates to push for change, say the researchers.",
                note="'added by email'. Close in meaning to the release's sentence; not_in_release is arguable.",
            ),
            Q(
                "Even though there may be high levels of gun ownership in your community, it doesn’t mean that you can’t make efforts to prevent deaths,",
                "Eric Fleegler",
                P,
                NIR,
            ),
            Q(
                "That’s a call to public health and medical organizations to say, 'hey, we need legislation and campaigns that speak to this,'",
                "Eric Fleegler",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Injuries that kill people across the U.S. vary widely from one state to the next, with certain regions far exceeding the national average for fatalities tied to guns and cars",
                "recent study",
                D,
                "supported",
                rel="Unintentional fatal firearm injuries and those involving a police officer currently cluster in distinct geographical areas of the USA",
                note="'a recent study suggests'. Firearm deaths two to four times the national average; vehicle deaths higher in rural, Western and Midwestern states.",
            ),
            C(
                "Seven states in Appalachia and the Southwest, for example, had unintentional firearms deaths roughly two to four times the national average",
                JH,
                O,
                "distorted",
                rel="A cluster of seven states in Appalachia and the Southeast had high relative rates of unintentional firearm deaths -- around two to four times the national average.",
                how="other",
                note="'researchers report'. The release says the Southeast; the story says the Southwest (the states listed are south-eastern).",
            ),
            C(
                "None of these places are among the 18 states with legislation on the safe storage of guns, also known as child access prevention laws",
                JH,
                O,
                "supported",
                rel="None of them is among the 18 states that has legislation on the safe storage of firearms, also referred to as child access prevention laws, the researchers point out.",
                note="'the researchers note'.",
            ),
            C(
                "one previous study of fatalities from 2010 to 2014 found these five states accounted for almost one third of so-called legal intervention deaths in the U.S. even though they only make up 16 percent of the population",
                "previous study of fatalities from 2010 to 2014",
                D,
                "supported",
                rel="But data from Fatal Encounters, an organization that tracks citizens killed by law enforcement, shows that between 2010 and 2014, almost a third of these deaths occurred in the five states even though these states make up just 16% of the population.",
                note="In the release the source is Fatal Encounters' data, not a study.",
            ),
            C(
                "Often, injury rates are relatively high compared to the national average but still account for a small number of fatalities",
                JH,
                O,
                "supported",
                rel="identify injuries that, while not necessarily the most burdensome, warrant attention as the most distinctive injury death in their states",
                note="'the researchers note'.",
            ),
            C(
                "Other limitations of the study include the potential for states to inconsistently record data on causes of injuries or fatalities as well as overly broad categories for some types of deaths",
                JH,
                O,
                "supported",
                rel='indicated that use of "undetermined intent" classifications and the level of detail used in coding motor vehicle crashes varied substantially by state.',
                note="'the authors add'. 'overly broad categories' is a loose rendering of the varying level of coding detail.",
            ),
            C(
                "the data may offer states a road map for injury or fatality prevention",
                "Eric Fleegler",
                P,
                "supported",
                rel="These findings can help policymakers and public health practitioners identify injuries that, while not necessarily the most burdensome, warrant attention",
                note="Outside expert; the same claim is the researchers' in the release.",
            ),
            C(
                "Some states, for example, have high gun ownership and high gun fatality rates, while other states with a lot of gun owners don’t have as many deaths related to firearms",
                "Eric Fleegler",
                P,
                NIR,
            ),
        ],
    )
)

# 21
STORIES.append(
    dict(
        story_id="news-25-175-morningstaronline.co.uk",
        story_note="Headline and dateline lines left out. The story breaks off mid-sentence at the end. Alex Robertson (Parliamentary and Health Service Ombudsman) is not in the release.",
        quotes=[
            Q(
                "provision of roundthe-clock access to specialist palliative care and pain control is inconsistent.",
                "study led by Ilora Finlay",
                D,
                NIR,
                note="Attributed to the study ('found the'); these words are not in the release (probably from the paper).",
            ),
            Q(
                "It is deeply worrying that good end-of-life care remains a postcode lottery.\n\n“We have seen horrific cases of people dying without dignity, where they have been left in pain and their final wishes not communicated with their families.",
                "Alex Robertson",
                P,
                NIR,
                note="Two paragraphs, one entry.",
            ),
        ],
        claims=[
            C(
                "DYING people are caught in a postcode lottery with inadequate pain relief and poor access to specialist help",
                "research published today",
                D,
                "distorted",
                rel="This means patient choice at the end of life cannot always be honoured and it creates a ‘postcode lottery’.",
                how="other",
                note="'according to research'. The postcode lottery is in the release; the study looked at commissioning (varying services, pain control teams in 31% of CCGs, mostly in working hours), not at whether dying patients got inadequate pain relief.",
            ),
            C(
                "the “provision of roundthe-clock access to specialist palliative care and pain control is inconsistent",
                "study led by Ilora Finlay",
                D,
                "supported",
                rel=(
                    "Of 204 CCG respondents, 83% commission 7-day",
                    "only operate in regular working hours",
                ),
                note="'A study ... found'; mixed quotation.",
            ),
            C(
                "some areas only offer a phone line for people in their last days of life — others have specialist palliative care teams",
                "study led by Ilora Finlay",
                D,
                NIR,
                note="'It revealed'. No phone lines in the release.",
            ),
        ],
    )
)

# 22
UWA = "University of Western Australia"
STORIES.append(
    dict(
        story_id="news-25-165-theglobeandmail.com",
        story_note="Reuters story. Headline and dateline lines left out. 'speed', 'ecstasy', 'ice' and 'fight or flight' are quoted terms. The researchers are given the institution the story names for Reece. Method sentences and the background on stimulants and dopamine have no cue and are not annotated. Jose Martinez-Raga is not in the release.",
        quotes=[
            Q(
                "It makes sense that all these different issues are linked by an underlying acceleration of the aging effect,",
                "Stuart Reece",
                P,
                NIR,
            ),
            Q("We found that the effect was very considerable indeed.", "Stuart Reece", P, NIR),
            Q(
                "advancement",
                UWA,
                O,
                NIR,
                note="One-word partial quotation ('researchers report'); not in the release.",
            ),
            Q(
                "At therapeutic doses, stimulant medications have been shown to be safe,",
                "Jose Martinez-Raga",
                P,
                NIR,
            ),
            Q(
                "Amphetamine abuse implies using these stimulant drugs over long periods of time and generally with much larger doses than those commonly prescribed for medical reasons,",
                "Jose Martinez-Raga",
                P,
                NIR,
            ),
            Q("No medical patient smokes or shoots their pills,", "Stuart Reece", P, NIR),
            Q(
                "These high levels are very addictive, they are very damaging, and they produce great spikes in blood pressure and heart rate which are straining and damaging both for the heart itself and for the blood vessels.",
                "Stuart Reece",
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Middle-aged adults who use recreational amphetamines like “speed,” “ecstasy” or “ice” may develop a prematurely aging heart and experience health problems normally associated with older people",
                "recent study",
                D,
                "supported",
                rel="The use of recreational amphetamine, popularly known as ‘speed,’ ‘ice,’ and ‘ecstasy,’ may hasten the biological ageing of the heart",
                note="'a recent study suggests'. The 'health problems normally associated with older people' are a loose rendering of the release's accelerated failing of physiological processes.",
            ),
            C(
                "People may crave the euphoric feelings produced by amphetamines, but these drugs have long been linked to heart attack, stroke, artery wall damage, bleeding in the brain, abnormal heart rhythm and sudden cardiac death",
                "Stuart Reece",
                P,
                "supported",
                rel="It is associated with cardiovascular system effects, including speeding up the heart rate, sharply increasing blood pressure, and boosting the risk of stroke, heart attack, and aneurysm rupture.",
                note="Background; the story's list of harms is longer than the release's.",
            ),
            C(
                "Previous research has linked these drugs to premature aging of the skin",
                "previous research",
                D,
                "supported",
                rel="Prolonged stimulant use is reflected in premature ageing of the skin",
                note="The attribution is inside the span ('Previous research has linked').",
            ),
            C(
                "amphetamines might also prematurely age the heart",
                "current study",
                D,
                "supported",
                rel="may hasten the biological ageing of the heart",
                note="'the current study suggests'.",
            ),
            C(
                "amphetamine use was still independently associated with an “advancement” of cardiovascular age",
                UWA,
                O,
                "supported",
                rel="These findings held true even after taking account of other known cardiovascular risk factors",
                note="'researchers report in Heart Asia'; mixed quotation.",
            ),
            C(
                "The accelerated aging seen with amphetamines appeared to be even more pronounced than with tobacco use and was equivalent to about a 25 per cent increase over chronological age",
                "Stuart Reece",
                P,
                NIR,
                note="'Reece told Reuters Health'. Faster than smokers is in the release; the 25 per cent is not (number convention).",
            ),
            C(
                "Beyond the small number of amphetamine users in the study, another limitation is the lack of data on how much of the stimulants people used",
                UWA,
                O,
                "supported",
                rel="added to which the number of amphetamine users was small, and there was no information on ‘dose.’",
                note="'the authors note'.",
            ),
        ],
    )
)

# 23
RVI = "Department of Emergency Medicine at the Royal Victoria Infirmary"
STORIES.append(
    dict(
        story_id="news-25-025-telegraph.co.uk",
        story_note="Headline, standfirst, byline/section lines and the pull quote ('\"The financial burden ... woefully inadequate\"Dr Clifford Mann, ...', page furniture repeating the body) are left out. The researchers are given the unit the story names for Connolly. Sentences without a cue (the 18-24 year olds, the 4-60%/70% rates, the national admissions and deaths figures) are not annotated. Clifford Mann wrote the release's linked editorial.",
        quotes=[
            Q(
                "This indicates a significant NHS burden if all such emergency departments in the UK are sustaining similar demands associated withalcohol related attendance,",
                "Jim Connolly",
                P,
                "verbatim",
                rel="This indicates a significant NHS burden if all such emergency departments in the UK are sustaining similar demands associated with alcohol related attendance,",
                note="'withalcohol' is a lost space. In the release: 'write the researchers'.",
            ),
            Q(
                'Although older people may cost more per patient, younger people as a group are more costly to the NHS because they have morealcohol related attendances.\n\n"Our results suggest that emergency departments would benefit from routinely providing staff to cover the night and early morning shifts, particularly at weekends, to cope with the high proportion of alcohol related attendances at these times.',
                "Jim Connolly",
                P,
                "verbatim",
                rel=(
                    "Although older people may cost more per patient",
                    "alcohol related attendances at these times",
                ),
                note="Two paragraphs, one entry. In the release two quotations separated only by attribution words ('they add. ... they conclude').",
            ),
            Q(
                'The pattern of alcohol intoxication has changed significantly in the past 10 years. No longer do people set out sober, in the early evening, to attend licensed establishments where they consume alcohol.\n\n"Instead the phenomenon of \'preloading\' has become endemic. In consequence, people, especially young people, purchase relatively cheap but potent forms of alcohol and drink large quantities at home, either alone or with friends, before setting out much later in the evening to continue imbibing alcohol in pubs and clubs into the early hours.\n\n"The economic, social, and medical consequences of current alcohol strategies create a compelling argument for improved legislation and regulation of alcohol sales. Currently it is perfectly feasible to purchase a volume of alcohol that represents a safe weekly maximum for less than £10. Alcohol at this price is cheaper than bottled water.\n\n"The financial burden of alcohol is dramatic, yet the response of governments has been woefully inadequate.',
                "Clifford Mann",
                P,
                NIR,
                note="Four paragraphs, one entry (from his editorial). The first two paragraphs (preloading) have no counterpart in the release; the last two are in it, reordered, with 'Current national and international data describing the financial burden of alcohol are dramatic' shortened to 'The financial burden of alcohol is dramatic'. Splitting it by paragraph would give not_in_release, not_in_release, verbatim and altered.",
            ),
        ],
        claims=[
            C(
                "Three in four people in accident and emergency units at the weekend have been admitted because of alcohol",
                "new figures",
                D,
                "distorted",
                rel="Almost three quarters of the weekend emergency care caseload is linked to excess alcohol intake, finds an activity analysis of one large inner city hospital in England",
                how="population",
                note="'new figures have shown'. One inner-city A&E becomes A&E units in general; 'linked to' also becomes 'because of' and attendances 'admitted'.",
            ),
            C(
                "shows the huge burden that excess drinking places on the NHS",
                "new research",
                D,
                "distorted",
                rel="This indicates a significant NHS burden if all such emergency departments in the UK are sustaining similar demands associated with alcohol related attendance",
                how="stronger",
                note="The release's burden on the NHS is conditional ('if all such emergency departments ... similar demands'); the story states it as shown.",
            ),
            C(
                "it costs each emergency unit around £1 million a year just to treat drink related problems and injuries",
                RVI,
                O,
                "distorted",
                rel="That adds up to an annual bill of £1 million",
                how="population",
                note="'researchers calculated'. The £1 million is the one hospital's bill; the story says each emergency unit.",
            ),
            C(
                "people who didn't live in the city twice as likely to test positive than local residents, suggesting that city centres attract revellers from elsewhere, while hospitals and other public services in city centres pick up the tab",
                "Jim Connolly",
                P,
                NIR,
                note="'Dr Connolly also found'. The release says 'significantly more likely'; 'twice' is not in it (number convention). The rest matches.",
            ),
            C(
                "alcohol was currently cheaper than bottled water",
                "Clifford Mann",
                P,
                "supported",
                rel="Alcohol at this price is cheaper than bottled water",
                note="'warned'. In the release, alcohol at the price of a safe weekly maximum for less than £10.",
            ),
            C(
                "many young people were risking their health by 'preloading' on cheap drink before going out to bars and clubs",
                "Clifford Mann",
                P,
                NIR,
            ),
            C(
                "a minimum pricing of 50p per unit",
                "Clifford Mann",
                P,
                "supported",
                rel="reiterating the call made by the Royal College of Emergency Medicine and many other medical organisations for a minimum unit pricing for alcohol of £0.50",
                note="'He has called for'.",
            ),
        ],
    )
)

# 24
STORIES.append(
    dict(
        story_id="news-25-202-nytimes.com",
        story_note="Headline and page furniture left out. The researchers are given the institution the story names for Reginster (Liege State University). Continuation sentences without a cue (similar function, fared better than placebo, chondroitin slower) and 'Previous studies of chondroitin have shown mixed results' (no that-clause) are not annotated.",
        quotes=[
            Q(
                "cannot be extrapolated to over-the-counter or generic products,",
                "Jean-Yves Reginster",
                P,
                NIR,
                note="The release says only that over-the-counter products vary in active ingredient.",
            ),
        ],
        claims=[
            C(
                "Patients with osteoarthritis of the knee who were treated with high-quality, prescription-grade chondroitin got as much pain relief after six months as those treated with a nonsteroidal anti-inflammatory drug",
                "new clinical trial",
                D,
                "supported",
                rel="High quality (pharmaceutical grade) chondroitin sulfate is as good as a widely prescribed non-steroidal anti-inflammatory drug (celecoxib) for the treatment of painful knee osteoarthritis",
                note="'a new clinical trial has found'.",
            ),
            C(
                "the trial protocol adhered to European regulatory guidelines for testing osteoarthritis drugs",
                "Liege State University",
                O,
                NIR,
                note="'The researchers say'.",
            ),
            C(
                "the difference may be the formulation, since pharmaceutical-grade chondroitin is not available in the United States",
                "Jean-Yves Reginster",
                P,
                NIR,
                note="The release explains why pharmaceutical grade was used (over-the-counter products vary) but does not explain earlier mixed results or mention the United States.",
            ),
            C(
                "The results obtained with one particular formulation “cannot be extrapolated to over-the-counter or generic products,”",
                "Jean-Yves Reginster",
                P,
                NIR,
                note="Mixed quotation. Implied at most by the release's remark on over-the-counter products; supported would be a generous reading.",
            ),
        ],
    )
)

# 25
STORIES.append(
    dict(
        story_id="news-22-028-bbc.co.uk",
        story_note="Headline, section lines, the NHS Choices link, the symptom list and subheadings ('Blood monitoring', 'Surgery still best', 'So stressful') are left out. Many sentences are the journalist's own with no cue (trial figures, 'screening was finding them earlier', 'tumours are far less likely ... if women have surgery'). Caroline Presho, Athena Lamnisos (The Eve Appeal), Annwen Jones (Target Ovarian Cancer) and the FDA are not in the release. Menon's first quotation has no closing mark and the next paragraph has its own attribution, so it ends at 'surgery.'.",
        quotes=[
            Q("I'm a bit of a rubbish mutant,", "Caroline Presho", P, NIR),
            Q(
                "I say it's like the X-Men, but I have the ability to develop cancer.",
                "Caroline Presho",
                P,
                NIR,
            ),
            Q(
                "I was always going to have surgery, but the screening allowed me to finish having my family, and I didn't want to go through the menopause at 35.\n\n\"It's very young and starting that early has a detrimental effect on cognitive function, bone and heart health.",
                "Caroline Presho",
                P,
                NIR,
                note="Two paragraphs, one entry.",
            ),
            Q("What we're trying to do is get women to have surgery.", "Usha Menon", P, NIR),
            Q(
                "From my point of view, women really struggle with this issue of menopause, and it seems like four-monthly screening is better than symptom awareness.\n\n\"The screening definitely picks up less advanced disease, but we cannot say for sure if we're saving lives.",
                "Usha Menon",
                P,
                "paraphrase",
                rel="These results suggest that for women at high risk not opting for surgery, four monthly screening maybe a better option than the current NHS practice of symptom awareness and ad hoc annual screening.",
                note="Two paragraphs, one entry, told to the BBC. It restates her release quotation and the release's narrative (fewer advanced cancers; uncertain whether screening improves survival) in other words, more firmly ('definitely'); the menopause remark has no counterpart. not_in_release is arguable.",
            ),
            Q(
                "against using currently offered tests to screen for ovarian cancer",
                "Food and Drug Administration",
                O,
                NIR,
            ),
            Q("This is what everyone's worried about,", "Usha Menon", P, NIR),
            Q("I know I'm a lunatic,", "Caroline Presho", P, NIR),
            Q(
                "I think it's a very exciting prospect to have screening.\n\n\"You're told to have children before 35, but you might not have settled down or found a partner.\n\n\"It's just so stressful to feel like you've got a deadline and the only option is surgery, I think it would be an enormous benefit.",
                "Caroline Presho",
                P,
                NIR,
                note="Three paragraphs, one entry.",
            ),
            Q(
                "This research gives women hope and confidence that there is an evidence-based approach to screening if they decide to delay risk-reducing surgery.",
                "Athena Lamnisos",
                P,
                NIR,
            ),
            Q(
                'An effective screening programme for women at high risk of ovarian cancer due to family history would potentially have a major impact on mortality and survival from this disease.\n\n"[But] it is still uncertain whether detecting ovarian cancer by screening increases the chance of a woman surviving the disease overall.\n\n"Women at a higher risk of ovarian cancer still need to weigh up the risks and benefits of surveillance versus preventative surgery.',
                "Annwen Jones",
                P,
                NIR,
                note="Three paragraphs, one entry. The middle sentence nearly repeats the release's narrative ('It remains uncertain whether detecting ovarian cancer by screening increases the chances of a woman surviving the disease'); the rest has no counterpart.",
            ),
        ],
        claims=[
            C(
                "A blood test every four months could help women at high-risk of ovarian cancer find tumours early",
                None,
                P,
                "supported",
                rel="Screening women at high risk of ovarian cancer every four months may reduce the likelihood of them being diagnosed with advanced cancer",
                note="'say doctors' (unnamed).",
            ),
            C(
                "cancers were detected earlier, when they should be easier to treat",
                "trial published in the Journal of Clinical Oncology",
                D,
                "supported",
                rel="Seventeen (94%) of these 18 women had advanced stage cancer (IIIB-IV) compared to seven (37%) of the 19 diagnosed during the screening phase.",
                note="'In the trial ...'; read as attributed to the trial.",
            ),
            C(
                '"against using currently offered tests to screen for ovarian cancer", including ones looking at CA125',
                "Food and Drug Administration",
                O,
                NIR,
                note="'recently recommended'; mixed quotation.",
            ),
            C(
                "there was already an issue with women delaying surgery",
                "Usha Menon",
                P,
                "supported",
                rel="but many women delay or decide against having the surgery",
                note="'she pointed out'; release narrative.",
            ),
            C(
                "UK health officials to review screening and all other advice to high-risk women",
                "Usha Menon",
                P,
                NIR,
                note="'She wants'.",
            ),
        ],
    )
)
