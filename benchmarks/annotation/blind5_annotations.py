"""Hand annotations of InSciOut dev stories, the fifth blind set (issue 15), by the annot5 session,
2026-12-01, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.
Stories drawn by pick_blind5.py (seed 2031), annotated in drawing order: stories whose release has
gold stories only in the held-out sets blind2-4, at most one story per release.

Each span is given by its exact story text (occ = which occurrence when it repeats); `rel` is the
release passage (its exact text, or a (first words, last words) pair). build_blind5.py turns them
into offsets and writes ../verdicts_blind5_dev.jsonl. Q and C are the helpers of
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
EX = "University of Exeter"
STUDY1 = "study published in the BMJ"
STORIES.append(
    dict(
        story_id="news-25-050-hindustantimes.com",
        story_note="PTI copy. Headline and dateline left out. The method sentences ('researchers studied 400 genetic variants ...', 'They used these genetic variants ... to ask whether') report no finding and are not annotated; the woman's '1,500 Pounds' sentence only continues 'The findings showed' and is not annotated (its amount is not in the release either). The release has no quotation by Frayling or Tyrrell.",
        quotes=[
            Q(
                "This is the best available evidence to indicate that your height or weight can directly influence your earnings and other socioeconomic factors throughout your life,",
                "Tim Frayling",
                P,
                "paraphrase",
                rel="The findings provide the strongest evidence to date that overweight people, especially women, are at a socioeconomic disadvantage - and that taller people, especially men, are at a socioeconomic advantage.",
                note="The release has no Frayling quotation; its narrative says the findings are 'the strongest evidence to date' and the study tests a 'direct (causal) role'. Marked paraphrase as blind2 did for the same quotation in news-25-050-sun.com; not_in_release is defensible.",
            ),
            Q(
                "Because we used genetics and 120,000 people, this is the strongest evidence to date that there’s something about being shorter as a man and having a higher BMI as a woman that leads to being less well-off financially,",
                "Jessica Tyrrell",
                P,
                "paraphrase",
                rel="The findings provide the strongest evidence to date that overweight people, especially women, are at a socioeconomic disadvantage - and that taller people, especially men, are at a socioeconomic advantage.",
                note="The release has no Tyrrell quotation; 'strongest evidence to date' and the genetic method (119,000 individuals) are in its narrative. not_in_release is defensible.",
            ),
        ],
        claims=[
            C(
                "a shorter man or a more overweight woman leads to lower chances in life, including a lower income",
                EX,
                O,
                "supported",
                rel="The results show that shorter height, as estimated by genetics, leads to lower levels of education, lower job status, and less income, particularly in men, and that higher BMI leads to lower income and greater deprivation in women.",
                note="'Scientists from the University of Exeter ... have concluded that'. The release's lead says 'is associated with', its results sentence 'leads to'; supported against the latter.",
            ),
            C(
                "shorter height in men or higher body mass index (BMI) -- a measure of weight for a given height -- in women leads to reduced chances in life, including income",
                EX,
                O,
                "supported",
                rel="The results show that shorter height, as estimated by genetics, leads to lower levels of education, lower job status, and less income, particularly in men, and that higher BMI leads to lower income and greater deprivation in women.",
                note="'The team used genetics to show that'.",
            ),
            C(
                "if a man was 7.5 centimetres shorter for no other reason than his genetics, this would lead him to have an income 1,500 Pounds per year less than his taller counterpart",
                STUDY1,
                D,
                NIR,
                note="'The findings showed'; the release gives no amounts (7.5 cm, 1,500 Pounds).",
            ),
        ],
    )
)

# 2
UCL = "University College London"
STUDY2 = "study published in the Journal of Neuroscience"
STORIES.append(
    dict(
        story_id="news-22-002-GOOGLE SEARCH express.co.uk",
        story_note="Near-verbatim copy of the UCL release. Headline and dateline left out; 'inattentional deafness' and 'deaf' are quoted terms. 'has been observed by the researchers before' states no proposition of theirs and is not annotated.",
        quotes=[
            Q(
                "Inattentional deafness is a common experience in everyday life, and now we know why.\n\n\"For example, if you try to talk to someone who is focusing on a book, game or television programme and don't receive a response, they aren't necessarily ignoring you, they might simply not hear you.\n\n\"This could also explain why you might not hear your train or bus stop being announced if you're concentrating on your phone, book or newspaper.",
                "Nilli Lavie",
                P,
                "verbatim",
                rel=("Inattentional deafness is a common experience", "phone, book or newspaper."),
                note="Three paragraphs, closed only at the end: one entry. The release's 'says co-author Professor Nilli Lavie' between the first two sentences is attribution only.",
            ),
            Q(
                'This has more serious implications in situations such as the operating theatre, where a surgeon concentrating on their work might not hear the equipment beeping.\n\n"It also applies to drivers concentrating on complex satnav directions as well as cyclists and motorists who are focusing intently on something such as an advert or even simply an interesting-looking passer-by.\n\n"Pedestrians engaging with their phone, for example texting while walking, are also prone to inattentional deafness.\n\nLoud sounds such as sirens and horns will be loud enough to get through, but quieter sounds like bicycle bells or car engines are likely to go unheard.',
                "Nilli Lavie",
                P,
                "verbatim",
                rel=("This has more serious implications", "are likely to go unheard."),
                note="Four paragraphs: the last has no opening mark but carries the closing one, so it is read as the end of the same quotation (one entry); it is also in Lavie's release quotation.",
            ),
            Q(
                'This was an experimental lab study which is one of the ways that we can establish cause and effect.\n\n"We found that when volunteers were performing the demanding visual task, they were unable to hear sounds that they would normally hear.\n\n"The brain scans showed that people were not only ignoring or filtering out the sounds, they were not actually hearing them in the first place.',
                "Maria Chait",
                P,
                "verbatim",
                rel=("This was an experimental lab study", "hearing them in the first place."),
                note="Three paragraphs, closed only at the end: one entry; in the release the attribution ('explains study co-author Dr Maria Chait') sits between the second and third sentences.",
            ),
        ],
        claims=[
            C(
                "IF you're being snubbed while trying to get the attention of a kid lost in their computer game they're not being rude - they genuinely can't hear you",
                "UCL study",
                D,
                "distorted",
                rel="For example, if you try to talk to someone who is focusing on a book, game or television programme and don't receive a response, they aren't necessarily ignoring you, they might simply not hear you!",
                how="stronger",
                note="'a new study reveals'. Lavie: they 'aren't necessarily ignoring you, they might simply not hear you'; the story: 'they genuinely can't hear you'.",
            ),
            C(
                "concentrating on a visual task can make people temporarily deaf to sounds at normal levels",
                UCL,
                O,
                "supported",
                rel="Concentrating attention on a visual task can render you momentarily 'deaf' to sounds at normal levels, reports a new UCL study funded by the Wellcome Trust",
                note="'Researchers found'; the story names UCL for them.",
            ),
            C(
                "the senses of hearing and vision share a limited neural resource",
                STUDY2,
                D,
                "supported",
                rel="The study, published in the Journal of Neuroscience, suggests that the senses of hearing and vision share a limited neural resource.",
            ),
            C(
                "when they were engaged in a demanding visual task, the brain response to sound was significantly reduced",
                "brain scans from 13 volunteers",
                D,
                "supported",
                rel="Brain scans from 13 volunteers found that when they were engaged in a demanding visual task, the brain response to sound was significantly reduced.",
            ),
            C(
                "a higher rate of failures to detect sounds - even though the sounds were clearly audible and people did detect them when the visual task was easy",
                STUDY2,
                D,
                "supported",
                rel="Examination of people's ability to detect sounds during the visual demanding task also showed a higher rate of failures to detect sounds, even though the sounds were clearly audible and people did detect them when the visual task was easy.",
                note="'Examination of people's ability ... also showed'.",
            ),
            C(
                "the effects are driven by brain mechanisms at a very early stage of auditory processing which would be expected to lead to the experience of being 'deaf' to these sounds",
                UCL,
                O,
                "supported",
                rel="However, this is the first time that they have been able to determine, by measuring brain activity in real-time using MEG (magnetoencephalography), that the effects are driven by brain mechanisms at a very early stage of auditory processing which would be expected to lead to the experience of being 'deaf' to these sounds.",
                note="'they [the researchers] have been able to determine ... that'.",
            ),
        ],
    )
)

# 3
STORIES.append(
    dict(
        story_id="news-27-002-Sky News Sunrise",
        story_note="Sky News paper-review transcript (speech recognition, garbled). No quotations: “no” is a one-word quoted answer, not attributed. The presenters' own remarks, including the sentences marked only by 'Apparently' (no source named: 'if you lose your virginity early on it could be genetic', 'the fiery redhead thing is true ...'), the redhead/freckles sentence and 'I think the study is rubbish', are not annotated. The Mirror sports item has no attributed claim.",
        quotes=[],
        claims=[
            C(
                "there is actually a gene called CADM2, and if you have that it makes you more randy",
                None,
                P,
                "distorted",
                rel=(
                    "“One example is a genetic variant in CADM2",
                    "higher lifetime number of children.”",
                ),
                how="causal",
                note="'they say ... as they say in The Sun' (unnamed 'they'). The release: a CADM2 variant 'was associated with' a risk-taking personality, earlier first intercourse and more children; the story: having the gene 'makes you more randy'. Also a change of content (sex drive); 'other' is defensible.",
            ),
            C(
                "it may effect redheads",
                None,
                P,
                NIR,
                note="'they are saying' (garbled transcript). The release says nothing about red hair.",
            ),
        ],
    )
)

# 4
CAM = "Cambridge University"
STORIES.append(
    dict(
        story_id="news-26-025-standard.co.uk",
        story_note="Headline, byline and comment count left out. The method sentence ('researchers gathered data from nearly 24,000 ...') and the journalist's description of the diet are not annotated. The story drops the release's caveat that cause and effect cannot be assumed.",
        quotes=[
            Q(
                'The benefits of the Mediterranean diet for cardiovascular health are well documented in countries of the Mediterranean region, but this is the first study to evaluate this in the UK.\n\n"If our findings are broadly representative of the overall UK population, then we can assume that higher level of adherence to the Mediterranean diet could have significant impact in lowering the cardiovascular disease burden in the UK.',
                "Nita Forouhi",
                P,
                "verbatim",
                rel=(
                    "The benefits of the Mediterranean diet",
                    "cardiovascular disease burden in the UK.",
                ),
                note="Two paragraphs, the first not closed: one entry.",
            ),
            Q(
                "Encouraging greater adoption of the Mediterranean diet looks like a promising component of a wider strategy to help prevent cardiovascular disease, including other important factors such as not smoking and maintaining a healthy weight, blood cholesterol and blood pressure.",
                "Nita Forouhi",
                P,
                "altered",
                rel=("Encouraging greater adoption", "blood cholesterol and blood pressure."),
                edits=[("delete", "a of", "", False)],
                note="The release reads 'a promising component of a of a wider strategy' (a doubled 'of a', evidently a typo); the story drops it. Verbatim is defensible.",
            ),
        ],
        claims=[
            C(
                "Eating a Mediterranean diet could slash the number of deaths in the UK by 19,000",
                CAM,
                O,
                NIR,
                note="'scientists from Cambridge University claim'. The 19,000 is nowhere in the release (number convention); the release's 12.5% of cardiovascular deaths is of its UK study population.",
            ),
            C(
                "people who adopted a Mediterranean diet were 16 per cent less likely to suffer damage to their hearts or arteries than those who did not",
                CAM,
                O,
                "distorted",
                rel="In this study, the first of its kind carried out in a UK population, the researchers found that healthy individuals with greater adherence to a Mediterranean-type diet had 6 to 16% lower risk of future cardiovascular disease compared to individuals who had poor adherence.",
                how="numbers",
                note="'They found that'. The release gives a range, 6 to 16% lower risk, for greater versus poor adherence; the story keeps only the top of the range (and turns adherence levels into adopting or not).",
            ),
            C(
                "12.5 per cent of cardiovascular deaths in the UK - around 19,000 - could be avoided if more Britons switched to a Mediterranean diet",
                "study in BMC Medicine",
                D,
                "distorted",
                rel="“We estimate that 3.9% of all new cardiovascular disease cases or 12.5% of cardiovascular deaths in our UK based study population could potentially be avoided if this population increased their adherence to the Mediterranean diet.”",
                how="population",
                note="'The findings indicate that'. The release's 12.5% is of deaths in the UK-based study population; the story applies it to all UK cardiovascular deaths and adds 'around 19,000' (not in the release). NIR under the number convention is defensible because of the 19,000.",
            ),
        ],
    )
)

# 5
LDC = "Leicester Diabetes Centre"
STORIES.append(
    dict(
        story_id="news-29-005-The Express",
        story_note="LexisNexis header, headline and byline left out. 'The findings add to growing evidence ...' is the journalist's framing, not annotated. The sentences continuing 'Researchers found' with no cue of their own (the 28% for walking, the insulin figures, 'The effect lasted for at least 24 hours') are not annotated; the last overstates the release (next-day persistence for sugar, and for insulin only with walking). The method sentence (22 women) and the NHS/diabetes background are not annotated.",
        quotes=[
            Q(
                "We are the first study to show simply standing at regular intervals during the course of the day significantly reduces diabetes risk.",
                "Joseph Henson",
                P,
                NIR,
                note="Not among Henson's release quotations; the release claims no 'first', and measured sugar and insulin responses, not diabetes risk.",
            ),
            Q(
                'This research does not suggest standing up alone is enough to prevent Type 2 diabetes.\n\n"It adds to important evidence that sitting for a long time without getting up is bad for our health and something we should all try to avoid, regardless of whether we do regular exercise.',
                "Alasdair Rankin",
                P,
                NIR,
                note="Diabetes UK comment; two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "STANDING up for just five minutes at a time could prevent diabetes",
                "Leicester Diabetes Centre research",
                D,
                "distorted",
                rel="Women who have an inactive daily routine and are at high risk of Type 2 diabetes can help prevent the condition by regularly standing up or walking for five minutes at a time, a new study has found.",
                how="population",
                note="'research suggests'. The release's finding is for inactive women at high risk of Type 2 diabetes; the story makes it general (and 'can help prevent' becomes 'could prevent', also stronger).",
            ),
            C(
                "unhealthy lifestyles have put 12 million Britons at risk of developing the Type 2 version",
                None,
                P,
                NIR,
                note="'experts say'; no such figure in the release.",
            ),
            C(
                "standing up at regular intervals could help to ward off obesity and heart disease",
                "previous research",
                D,
                NIR,
                note="'Previous research has shown'.",
            ),
            C(
                "interrupting periods of prolonged sitting with five minutes of standing every 30 minutes reduced spikes in sugar levels after breakfast and lunch by 34 per cent",
                LDC,
                O,
                "supported",
                rel="Compared with uninterrupted sitting, standing reduced the rise in sugar levels by 34 per cent (compared with a 28 per cent reduction for walking) and the rise in insulin concentrations by 20 per cent (37 per cent for walking) on the day of the intervention.",
                note="'Researchers found'; the story names the Leicester Diabetes Centre as having carried out the research.",
            ),
            C(
                "simply getting up out of a chair may increase the uptake of glucose in the muscles, which is then used as energy",
                None,
                P,
                NIR,
                note="'Experts think'; no mechanism is given in the release.",
            ),
        ],
    )
)

# 6
ABD = "University of Aberdeen"
STUDY6 = "study in Archives of Disease in Childhood"
STORIES.append(
    dict(
        story_id="news-25-094-telegraph.co.uk",
        story_note="Headline and byline left out; “healthy” and 'expert' are scare quotes. The method sentence (408 recipes, 278 meals) is not annotated. The paragraph on energy density ('While almost two thirds ... between six and 77 per cent more nutritious') has no cue of its own and is not annotated; its '6 to 77 per cent more nutritious' is not in the release.",
        quotes=[
            Q(
                "The majority of commercial meals met energy recommendations and can provide a convenient alternative which includes a greater vegetable variety per meal,",
                "Sharon Carstairs",
                P,
                "paraphrase",
                rel="Ready meals are a convenient alternative, they say, but suggest that any parent looking to provide their child with a varied diet, should probably not rely solely on this source.",
                note="The release has no quotation with these words; its narrative says ready meals are 'a convenient alternative', that almost two thirds of commercial products met energy density recommendations and that they had a greater vegetable variety per meal.",
            ),
            Q(
                "Home-cooked recipes provided more nutrients than commercial, however the majority of these recipes exceeded energy and  fat recommendations\n\n“Dietary fats contribute essential fatty acids and fat soluble vitamins together with energy and sensory qualities, thus are vital for the growing child, however excessive intakes may impact on childhood obesity and health.",
                "Sharon Carstairs",
                P,
                "paraphrase",
                rel=(
                    "Home cooked meals also provided 26% more energy",
                    "impact on childhood obesity and health.",
                ),
                note="Two paragraphs, the first not closed: one entry, read as Carstairs's (no new attribution). The second paragraph is the researchers' release quotation word for word; the first restates release narrative ('usually exceed energy density and dietary fat recommendations'; 'more nutrients' for 'more energy ... protein and total fat'). Marked paraphrase as a whole.",
            ),
            Q(
                "This research study examined the nutrient quality of commercial ready prepared meals and commercial recipe book meals.\n\n“This is not really the same as comparing to home cooked meals produced by parents (as the authors do point out). It is very likely that infant-specific, commercial recipe books are only accessed by a minority of families cooking at home for their infants.\n\n“If anything, the study does call into question the value of 'expert' infant recipe books over pre-prepared meals or ordinary home cooking.",
                "Julian Hamilton-Shield",
                P,
                NIR,
                note="Outside expert; three paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                "Parents who cook “healthy” food from recipe books for young children might be better advised to serve ready meals",
                ABD,
                O,
                "distorted",
                rel="Home cooked meals specifically designed for infants and young children, are not always better than commercially available baby foods, suggests research published online in the Archives of Disease in Childhood.",
                how="stronger",
                note="'scientists have warned' (the University of Aberdeen researchers). The release: home cooked meals are 'not always better'; ready meals are 'a convenient alternative' but parents 'should probably not rely solely on this source'. The story turns this into advice to serve ready meals; 'other' is defensible.",
            ),
            C(
                "Half of the recipes contained too many calories and could help lead to childhood obesity and poor health",
                ABD,
                O,
                "supported",
                rel="And while almost two thirds (65%) of commercial products met dietary recommendations on energy density, only just over a third of home cooked meals did so, and over half (52%) exceeded the maximum range.",
                note="'they concluded'. Over half (52%) exceeded the maximum energy density range; the release's caution says excessive fat intakes 'may impact on childhood obesity and health'.",
            ),
            C(
                "the introduction of solid foods at six months old",
                None,
                P,
                "supported",
                rel="It’s recommended that the introduction of solid foods, known as weaning, begins when a child is 6 months old.",
                note="'Parenting experts recommend' (unnamed).",
            ),
            C(
                "meals should include a variety of food to provide a balanced diet rich in a broad range of nutrients",
                None,
                P,
                "supported",
                rel="It should include a variety of foods to provide a balanced diet rich in a broad range of nutrients.",
                note="'[Parenting experts] suggest that'.",
            ),
            C(
                "Home cooked meals were found to provide 26 per cent more energy and 44 per cent more protein and total fat, including saturated fat, than commercial products",
                STUDY6,
                D,
                "supported",
                rel="Home cooked meals also provided 26% more energy and 44% more protein and total fat, including saturated fat, than commercial products.",
                note="Passive 'were found'; the span keeps the cue (it sits inside the clause).",
            ),
            C(
                "home-cooked meals were found to be cheaper, costing just 33p per 100g compared with 68p for supermarket meals",
                STUDY6,
                D,
                "supported",
                rel="But home cooked meals were around half the price of commercially available readymade meals: £0.33/100 g compared with £0.68/100 g, excluding fuel costs.",
                note="Passive 'were found'.",
            ),
            C(
                "many parents did not relay on cookery books to produce healthy meals for their children",
                "Julian Hamilton-Shield",
                P,
                NIR,
                note="Outside expert.",
            ),
        ],
    )
)

# 7
STORIES.append(
    dict(
        story_id="news-04-013-ETHealthWorld.com",
        story_note="IANS copy. Headline, the pull-quote teaser under it (a repeat of Sewell's body quotation) and the dateline are left out. The story gives Cole's release quotation to Sewell and Welham's (BBSRC) to Cole. Sentences without a cue (the von Herrath wording 'very serious and hard to treat condition', 'These killer T-cells are strongly activated by some bacteria', 'During type-1 diabetes, the T-cells attack pancreatic beta cells' (the release hedges: 'are thought to attack'), the insulin sentence, and 'The research ... provides a first ever glimpse ...', a statement about the research copied from the release) are not annotated.",
        quotes=[
            Q(
                "The study identified part of a bug that turns on killer T-cells so they latch onto beta cells. This finding sheds new light on how these killer T-cells are turned into rogues, leading to the development of type-1 diabetes,",
                "Andy Sewell",
                P,
                "altered",
                rel=(
                    "We identified part of a bug",
                    "leading to the development of type 1 diabetes.",
                ),
                edits=[("replace", "We", "The study", False)],
                note="In the release these words are David Cole's, not Sewell's (misattributed). 'We identified' -> 'The study identified' judged not significant (the same finding, the researchers' study).",
                occ=0,
            ),
            Q(
                "Killer T-cells are extremely effective at killing off germs, but when they mistakenly attack our own tissues, the effects can be devastating,",
                "Andy Sewell",
                P,
                "verbatim",
                rel="Killer T-cells are extremely effective at killing off germs, but when they mistakenly attack our own tissues, the effects can be devastating.",
            ),
            Q(
                "Finding the cellular mechanisms behind the development of autoimmune diseases, such as type-1 diabetes, could lead to treatments that help us lead longer, healthier lives,",
                "David Cole",
                P,
                "verbatim",
                rel="Finding the cellular mechanisms behind the development of autoimmune diseases, such as type 1 diabetes, could lead to treatments that help us lead longer, healthier lives.",
                note="In the release these words are Melanie Welham's (BBSRC), not Cole's (misattributed).",
            ),
        ],
        claims=[
            C(
                "Germs could play a role in the development of Type-1 diabetes by triggering the body's immune system to destroy the cells that produce insulin",
                "Cardiff University research",
                D,
                "supported",
                rel="Germs could play a role in the development of type 1 diabetes by triggering the body’s immune system to destroy the cells that produce insulin, new University research suggests.",
                note="'suggests new research'.",
            ),
            C(
                "killer T-cells -- a type of white blood cell that normally protects us from germs -- play a major part in type-1 diabetes by destroying insulin producing cells, known as beta cells",
                "previous research",
                D,
                "supported",
                rel="Scientists have previously shown that killer T-cells, a type of white blood cell that normally protects us from germs, play a major part in type 1 diabetes by destroying insulin producing cells, known as beta cells.",
                note="'Previous research has shown'.",
            ),
        ],
    )
)

# 8
KUH = "Karolinska University Hospital"
STUDY8 = "study of Swedish conscripts"
STORIES.append(
    dict(
        story_id="news-25-182-thesun.ie",
        story_note="Headline, standfirst, byline, share buttons and the caption-like repeat of the BMI sentence above the lead are left out. Method sentences (1.2 million conscripts, linked registers, 'looked at whether') and sentences with no cue of their own ('Overall, there were 5,281 cases ...', 'And the stats are worse for obese men ...', 'Men who developed type 2 diabetes ... also had a higher risk, regardless of how much they weighed ...', the three main causes, 'all these causes are preventable') are not annotated. The story drops the release's caveat that no firm conclusions can be drawn about cause and effect.",
        quotes=[
            Q(
                "The risk of severe liver disease was highly affected by a diagnosis of T2DM (type 2 diabetes) during follow-up, across all BMI categories.",
                KUH,
                O,
                NIR,
                note="'The authors said' (the story names Hagstrom's Karolinska University Hospital for them). Not in the release (presumably the paper); the release's narrative says only that men who developed type 2 diabetes had an even higher risk.",
            ),
            Q(
                "Interventions to reduce the increasing prevalence of overweight and obesity should be implemented from an early age to reduce the future burden of severe liver disease on individuals and society.",
                KUH,
                O,
                "verbatim",
                rel="Interventions to reduce the increasing prevalence of overweight and obesity should be implemented from an early age to reduce the future burden of severe liver disease on individuals and society.",
                note="A separate paragraph with its own marks and no attribution, read as the authors' (previous paragraph).",
            ),
        ],
        claims=[
            C(
                "FAT teenage boys are twice as likely to developing liver cancer later in life",
                STUDY8,
                D,
                "distorted",
                rel="The researchers discovered that overweight men were almost half as likely and obese men more than twice as likely to develop liver disease in later life than men of normal weight.",
                how="other",
                note="'a new study has found'. 'More than twice as likely' is the release's figure for obese men and severe liver disease; the story attaches it to liver cancer (the release gives no liver cancer figure).",
            ),
            C(
                "They are also more likely to develop other severe liver disease, many of which are often fatal",
                STUDY8,
                D,
                "supported",
                rel="Young men who are overweight or obese could run a higher risk of developing severe liver disease or liver cancer in later life, suggests research published online in the journal Gut.",
                note="'according to research'. 'many of which are often fatal' is the journalist's addition, not in the release.",
            ),
            C(
                "overweight men were nearly 50 per cent more likely to develop liver disease",
                KUH,
                O,
                "supported",
                rel="The researchers discovered that overweight men were almost half as likely and obese men more than twice as likely to develop liver disease in later life than men of normal weight.",
                note="'The researchers, led by Dr Hannes Hagstrom, of ... Karolinska University Hospital ... discovered that'. The release's 'almost half as likely' is evidently a slip for almost 50% more likely (it is listed with the obese men's higher risk).",
            ),
            C(
                "obese men with type 2 diabetes were three times more likely to have liver problems when they were older compared with non-diabetic, normal weight men",
                KUH,
                O,
                "supported",
                rel="Men with obesity and type 2 diabetes were more than three times more likely to have liver problems when they were older compared with non-diabetic, normal weight men.",
                note="'They found that'. 'more than three times' -> 'three times'.",
            ),
            C(
                "increasing numbers of people who are overweight or obese could lead to rises in the number of cases of severe liver disease in the future",
                KUH,
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

# 9
UM = "University of Michigan"
STUDY9 = "study published in Tobacco Control"
STORIES.append(
    dict(
        story_id="news-25-164-thesun.co.uk",
        story_note="Headline, standfirst, byline and the standfirst-like line 'A survey has found that 31 per cent ...' are left out. 'Experts found'/'they warn' are read as the study's researchers (University of Michigan); 'Experts said teens should be prevented ...' is left unnamed (null). Method sentences and sentences with no cue ('Those who had only vaped ...', 'Around 31 per cent ... compared to seven per cent of non-smokers' (the release: of those who hadn't vaped), the UK law and price lines, 'But those who continued to use both saw no benefit') are not annotated. 'Brit experts dismissed the findings' carries no content and is not annotated. The story drops the release's caveats (observational, small follow-up, never-smokers only).",
        quotes=[
            Q(
                "one way bridge",
                STUDY9,
                D,
                "verbatim",
                rel=('one way bridge" to future smoking', "one way bridge"),
                note="Three-word partial quotation attributed by 'a study claims' (mixed quotation; also a claim).",
            ),
            Q(
                "These results bolster findings for vaping as a one way bridge to cigarette smoking among adolescents.",
                "Richard Miech",
                P,
                "verbatim",
                rel="These results bolster findings for vaping as a one way bridge to cigarette smoking among adolescents,",
                note="In the release 'they write' (the researchers).",
            ),
            Q(
                "Vaping as a risk factor for future smoking is a strong, scientifically-based rationale for restricting youth access to e-cigarettes.",
                STUDY9,
                D,
                NIR,
                note="'The study concluded'; not in the release (presumably the paper), which says nothing about restricting access.",
            ),
            Q(
                "It just shows that teenagers who try cigarettes are more likely to also try e-cigarettes – and the other way round – compared to teenagers who do not do such things.\n\n“This is trivial.\n\n“People who read sci-fi novels are also more likely to watch sci-fi movies than people who do not like sci-fi.",
                "Peter Hajek",
                P,
                NIR,
                note="Outside expert; three paragraphs, closed only at the end: one entry.",
            ),
            Q(
                "If trying an e-cigarette causes regular smoking, then we should be alarmed.\n\n“However, this study and previous American studies which have made similar assertions have not found this.",
                "Linda Bauld",
                P,
                NIR,
                note="Outside expert; two paragraphs: one entry.",
            ),
            Q(
                "very low risk",
                UCL,
                O,
                NIR,
                note="Three-word partial quotation attributed to 'UK scientists' (the UCL researchers of the next sentence), about another study.",
            ),
            Q(
                "A recent survey by Action on Smoking and Health found regular use among 11 to 18-year-olds was rare and largely among children who currently or have previously smoked tobacco.\n\n“There are also strict rules in place to ensure that vaping products are not marketed or sold to minors.\n\n“UKVIA strongly advocates legally enforceable bans on the sale of vaping products to under-18s, as well as the enacting of advertising codes preventing the targeting of young people and non-smokers.",
                "UK Vaping Industry Association",
                O,
                NIR,
                note="A spokesman of the body; three paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                "VAPING acts as a “one way bridge” to teen cigarette smoking",
                STUDY9,
                D,
                "supported",
                rel='Teen vaping acts as a "one way bridge" to future smoking among those who have never smoked before, and may not stop those who have smoked before from returning to it, concludes a small US study, published online in the journal Tobacco Control.',
                note="'a study claims'. The release's 'among those who have never smoked before' is dropped; judged minor.",
            ),
            C(
                "young users were four times more likely to try to fags a year on",
                UM,
                O,
                "supported",
                rel="Teens who had never smoked a cigarette before reaching 12th grade, but who had used an e-cigarette at least once within the past 30 days, were more than four times as likely to say that they had smoked a cigarette by the follow up survey (31%) as those who hadn't vaped (7%).",
                note="'Experts found' (the study's researchers; the story names Miech's University of Michigan).",
            ),
            C(
                "the nicotine-delivery devices are a gateway for smoking among teens",
                UM,
                O,
                "supported",
                rel='Teen vaping acts as a "one way bridge" to future smoking among those who have never smoked before, and may not stop those who have smoked before from returning to it, concludes a small US study, published online in the journal Tobacco Control.',
                note="'they warn' (the same experts). 'Gateway' for 'one way bridge'.",
            ),
            C(
                "vapers viewed smoking as less harmful",
                UM,
                O,
                "supported",
                rel="And among teens who said they had never smoked by the time of the 2014 survey, recent vapers were four times as likely to move away from the belief that cigarette smoking poses a great risk as those who hadn't vaped, possibly because they become desensitised to the harms of smoking, suggest the researchers.",
                note="'Researchers also found'.",
            ),
            C(
                "teens should be prevented from accessing the devices",
                None,
                P,
                NIR,
                note="'Experts said' (unnamed). The release says nothing about restricting access (the study's conclusion quoted next is not in the release either).",
            ),
            C(
                "vaping to be “very low risk” compared to cigarettes",
                UCL,
                O,
                NIR,
                note="'UK scientists declared'; another study.",
            ),
            C(
                "levels of cancer-causing toxins fell by up to 97 per cent in vapers six months after they switched from cigarettes",
                UCL,
                O,
                NIR,
                note="'Researchers at University College London found'; another study.",
            ),
        ],
    )
)

# 10
STUDY10 = "research published in Injury Prevention"
STORIES.append(
    dict(
        story_id="news-25-043-bostonglobe.com",
        story_note="Headline, kicker and byline left out; no quotations (“legal intervention deaths” is a quoted term). The story's list is introduced by 'Here’s what the analysis found:' and, after 'The findings were part of a broader look ...', by 'Other items of note:'; every listed finding is annotated as a claim of the research (the cue governs the list). 'The findings were part of a broader look ...' itself describes the study and is not annotated. The state-level items of the second list (machinery, suicide, bicycle, suffocation) are not in the release.",
        quotes=[],
        claims=[
            C(
                "Gun deaths crop up more frequently in certain areas in the US",
                STUDY10,
                D,
                "distorted",
                rel="Unintentional fatal firearm injuries and those involving a police officer currently cluster in distinct geographical areas of the USA, reveals research published in the journal Injury Prevention.",
                how="other",
                note="'according to new research'. The release's clusters are of unintentional firearm deaths and deaths involving police officers; the story widens them to 'gun deaths' in general. Supported is defensible.",
            ),
            C(
                "Seven states in the South — Alabama, Arkansas, Kentucky, Louisiana, South Carolina, Tennessee, and West Virginia — had high rates of unintentional firearm deaths, between two and four times the national average",
                STUDY10,
                D,
                "supported",
                rel="A cluster of seven states in Appalachia and the Southeast had high relative rates of unintentional firearm deaths -- around two to four times the national average.",
                note="'Here’s what the analysis found:'.",
            ),
            C(
                "Deaths involving an interaction with a police officer were noticeably higher on the West Coast",
                STUDY10,
                D,
                "supported",
                rel="And five states on the West coast had high relative rates of 'legal intervention' deaths -- whereby a suspect or bystander is killed by a police officer or when a police officer is killed in the line of duty -- of around two to three-and-a-half times the national average.",
                note="Listed under 'Here’s what the analysis found:'.",
            ),
            C(
                "California, Oregon, Nevada, New Mexico, and Utah had rates as high as three and a half times the national average",
                STUDY10,
                D,
                "supported",
                rel="And five states on the West coast had high relative rates of 'legal intervention' deaths -- whereby a suspect or bystander is killed by a police officer or when a police officer is killed in the line of duty -- of around two to three-and-a-half times the national average.",
                note="Listed under 'Here’s what the analysis found:'.",
            ),
            C(
                "those five states accounted for one-third of all “legal intervention deaths” (where a police officer kills or is killed by another individual) between 2010 and 2014",
                STUDY10,
                D,
                "supported",
                rel="But data from Fatal Encounters, an organization that tracks citizens killed by law enforcement, shows that between 2010 and 2014, almost a third of these deaths occurred in the five states even though these states make up just 16% of the population.",
                note="Listed under 'Here’s what the analysis found:'. The release: 'almost a third', from Fatal Encounters data cited by the researchers; judged the same.",
            ),
            C(
                "Deaths involving machinery are more common in the agricultural states of Iowa and North Dakota",
                STUDY10,
                D,
                NIR,
                note="'Other items of note:'. The release says only that rural, Western and Midwestern states tended to have higher rates of vehicle, machinery and environmental injury deaths; it names no state for machinery. distorted/other is defensible.",
            ),
            C(
                "Suicides are more prevalent in Oregon, New York, Minnesota, Colorado, and New Hampshire",
                STUDY10,
                D,
                NIR,
                note="'Other items of note:'; the release says nothing about suicides.",
            ),
            C(
                "Accidental deaths involving a bicycle are more common in Florida",
                STUDY10,
                D,
                NIR,
                note="'Other items of note:'.",
            ),
            C(
                "Unintentional suffocation deaths are more frequent in Connecticut",
                STUDY10,
                D,
                NIR,
                note="'Other items of note:'.",
            ),
        ],
    )
)

# 11
LEEDS = "University of Leeds"
STUDY11 = "University of Leeds study"
STORIES.append(
    dict(
        story_id="news-11-004-times of india",
        story_note="IANS copy. Headline and dateline left out. 'Further, they were 39 per cent more likely ...' only continues 'The findings showed' and is not annotated (it matches the release). The method sentence (700,000 people, 121,000 with diabetes) is not annotated.",
        quotes=[
            Q(
                "The results provide robust evidence that diabetes is a significant long-term population burden among patients who have had a heart attack,",
                "Chris Gale",
                P,
                "altered",
                rel="These results provide robust evidence that diabetes is a significant long-term population burden among patients who have had a heart attack.",
                edits=[("replace", "These", "The", False)],
            ),
            Q(
                "Managing diabetes effectively can reduce the risk of developing cardiovascular disease. This includes eating healthily, keeping active and taking medications as prescribed by your doctor,",
                "Anna Morris",
                P,
                "verbatim",
                rel=("managing diabetes effectively can reduce", "as prescribed by your doctor."),
                note="Starts inside the release sentence ('While researchers tackle this issue, we know that' is left before the quotation, not dropped inside it); the two sentences are consecutive in her release quotation.",
            ),
            Q(
                "The research highlights the need to find new ways to prevent coronary heart disease in people with diabetes and develop new treatments to improve survival after a heart attack,",
                "Mike Knapton",
                P,
                "altered",
                rel="This research highlights the need to find new ways to prevent coronary heart disease in people with diabetes and develop new treatments to improve survival after a heart attack.",
                edits=[("replace", "This", "The", False)],
            ),
        ],
        claims=[
            C(
                "Individuals suffering from diabetes are at nearly 50 per cent increased risk of dying from the effects of a heart attack",
                STUDY11,
                D,
                "supported",
                rel="Having diabetes increases the risk of dying from the effects of a heart attack by around 50 per cent, a University of Leeds study has found.",
                note="'a new study has found'. 'around 50' -> 'nearly 50' judged the same.",
            ),
            C(
                "people with diabetes were 56 per cent more likely to have died if they had experienced a ST elevation myocardial infarction (STEMI) heart attack - in which the coronary artery is completely blocked - than those without the condition",
                STUDY11,
                D,
                "supported",
                rel="People with diabetes were 56 per cent more likely to have died if they had experienced a ST elevation myocardial infarction (STEMI) heart attack – in which the coronary artery is completely blocked – than those without the condition.",
                note="'The findings showed that'.",
            ),
            C(
                "the adverse effect on survival is linked to having diabetes, rather than other conditions people with diabetes may suffer from",
                STUDY11,
                D,
                "supported",
                rel="“This paper is the first to conclusively show that the adverse effect on survival is linked to having diabetes, rather than other conditions people with diabetes may suffer from.",
                note="'The study indicated that'; in the release this is Knapton's (BHF) comment on the paper.",
            ),
            C(
                "stark differences in survival rates",
                LEEDS,
                O,
                "supported",
                rel="After stripping out the effects of age, sex, any other illnesses and differences in the emergency medical treatment received, the team found stark differences in survival rates.",
                note="'Even after adjusting ..., the team found'.",
            ),
        ],
    )
)

# 12
LEIC = "University of Leicester"
STORIES.append(
    dict(
        story_id="news-29-017-mirror.com",
        story_note="Headline, byline and standfirst left out; the group names (“Busy Bees”, “Couch Potatoes” ...) are quoted labels. 'medics are concerned as many British adults now spend ...' attributes a concern, not the statement (the journalist's fact), and is not annotated. The method sentences (Health Survey data, the grouping) are not annotated. The story drops the release's observational caveat.",
        quotes=[
            Q(
                "It is possible for an individual, over the course of a day, to have high levels of physical activity and still accumulate large amounts of sedentary time.",
                "Thomas Yates",
                P,
                NIR,
            ),
            Q(
                "Overall, adults who engaged in at least 150 min of moderate to vigorous physical activity per week, including 'Sedentary Exercisers', had more favourable health profiles compared to 'Couch Potatoes'.\n\n“By suggesting that being physically active may offset some of the deleterious consequences of routinely engaging in high levels of sedentary behaviour, this study further emphasises the importance of physical activity in the promotion and maintenance of health.",
                "Thomas Yates",
                P,
                "paraphrase",
                rel=(
                    "We demonstrate that in comparison to adults",
                    "promotion and maintenance of health.",
                ),
                note="Two paragraphs, the first not closed: one entry. The second paragraph is Yates's release quotation word for word; the first restates his 'We demonstrate that ... those who are physically active have a more desirable health profile ... even when combined with high sedentary time' (the 150 min is not in the release, which says 'meeting the recommended guidelines'). Marked paraphrase as a whole.",
            ),
            Q(
                'This research is significant because it demonstrates yet again why physical activity and exercise is so important.\n\n"It shows that people who spend large amounts of time not moving either through work, leisure or lifestyle can counteract some of the negative effects of sedentary behaviour by regularly exercising.',
                "Kishan Bakrania",
                P,
                "verbatim",
                rel=("This research is significant because", "by regularly exercising."),
                note="Two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "Exercising for as little as two-and-a-half hours a week can undo damage done by sitting down all day",
                "University of Leicester study",
                D,
                NIR,
                note="'a study has found'. Number convention: 'two-and-a-half hours a week' is nowhere in the release (it says 'meeting the recommended guidelines'). On substance distorted/stronger: the release says regular exercise 'may offset some of the deleterious consequences'; the story says it 'can undo damage'.",
            ),
            C(
                "even moderate activity can be enough for a health boost",
                "University of Leicester study",
                D,
                "supported",
                rel="“We demonstrate that in comparison to adults who are physically inactive with high sedentary time, those who are physically active have a more desirable health profile across multiple cardiometabolic markers even when combined with high sedentary time.",
                occ=1,
                note="'The study by the University of Leicester found that'. The release speaks of being physically active (meeting the guidelines), not of 'moderate' activity; judged the same.",
            ),
            C(
                "Sedentary behaviour – any waking behaviour with low energy expenditure while in a sitting or reclining posture – has been linked to ill health",
                None,
                P,
                "supported",
                rel="Higher levels of sedentary behaviour are associated with worse health, whereas higher levels of physical activity are associated with better health.",
                note="Agentless passive 'has been linked', annotated as a claim with a null speaker (blind2-4 convention). Doubtful whether it is a reported claim.",
            ),
        ],
    )
)

# 13
HAS = "Hasselt University"
STUDY13 = "Hasselt University study"
STORIES.append(
    dict(
        story_id="news-26-026-thesun.co.uk",
        story_note="Headline (with its quotation 'could shorten your baby’s life by 17 YEARS', not in the release), standfirst, byline, share buttons, photo captions, 'RELATED STORIES' teasers and the unmarked pull quote under 'Maintaining a healthy BMI ...' are left out. 'experts warned'/'the researchers warn' are read as the study's researchers (Hasselt University). Background sentences with no cue (telomere biology, 'research into ... newborns is limited', the 1.1-1.6 years equivalence) and method sentences (743 mothers, questionnaire, cord blood, 'experts accounted for other factors') are not annotated.",
        quotes=[
            Q(
                "Compared with newborns of mothers with a normal BMI, newborns of women with obesity are older on a molecular level, because shortened telomere lengths mean that their cells have shorter lifespans.\n\n“So maintaining a healthy BMI during a woman’s reproductive age may promote molecular longevity in the offspring.",
                "Tim Nawrot",
                P,
                "verbatim",
                rel=(
                    "Compared with newborns of mothers with a normal BMI",
                    "molecular longevity in the offspring.",
                ),
                note="Two paragraphs, the first not closed: one entry.",
            ),
            Q(
                "Prior to our study, there was no evidence of an association between pre-pregnancy BMI and newborn telomere length, although meta-analyses suggest an association between BMI and telomere length in adults.\n\n“Our results add to the growing body of evidence that high maternal BMI impacts fetal programming, which could lead to altered fetal development and later life diseases.\n\n“The public health impact of our findings is considerable as in affluent societies about 30 per cent of women of reproductive age are overweight.",
                "Tim Nawrot",
                P,
                "verbatim",
                rel=(
                    "Prior to our study, there was no evidence",
                    "women of reproductive age are overweight.",
                ),
                note="Three paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                "MUMS-TO-BE who are obese before conception are more likely to have babies at risk of premature ageing",
                HAS,
                O,
                "supported",
                rel='Professor Tim Nawrot, the corresponding author, said: "Compared with newborns of mothers with a normal BMI, newborns of women with obesity are older on a molecular level, because shortened telomere lengths mean that their cells have shorter lifespans.',
                note="'experts warned today' (the study's researchers). 'at risk of premature ageing' for Nawrot's 'older on a molecular level'; distorted/stronger is defensible, since the release speaks of an association with a biomarker.",
            ),
            C(
                "High body mass index in mums pre-pregnancy is linked to shorter telomere length – a key marker for biological age – in newborns",
                STUDY13,
                D,
                "supported",
                rel="Higher BMI in mothers before pregnancy is associated with shorter telomere length - a biomarker for biological age - in newborns, according to a study published in the open access journal BMC Medicine that involved 743 mothers and their babies.",
                note="'new research has shown'. The same words recur in a photo caption (left out).",
            ),
            C(
                "a strong link between a mum’s BMI and obesity and telomere length in newborns",
                STUDY13,
                D,
                "supported",
                rel="The study by researchers at Hasselt University, Belgium is the first to report a strong association between mothers' BMI and telomere length in newborns.",
                note="'The evidence from Hasselt University ... is the first to show'.",
            ),
            C(
                "links between telomere length and increased risk of adults developing heart disease, type 2 diabetes and early death",
                "past studies",
                D,
                "supported",
                rel="Telomere length in adults has been associated with age-related diseases such as cardiovascular disease, type 2 diabetes and increased mortality, but telomere research on newborns remains limited.",
                note="'Past studies have shown'.",
            ),
            C(
                "people typically lose about 32.2 to 45.5 telomere base pairs every year of their adult lives",
                "previous studies",
                D,
                "supported",
                rel="Previous studies have shown that people normally lose about 32.2 to 45.5 telomere base pairs per year in adulthood.",
            ),
            C(
                "for each one-point increase in the mums’ BMI, telomeres in the babies were about 50 base pairs shorter",
                HAS,
                O,
                "supported",
                rel="The research team found that for each one-point increase in the mothers' BMI, telomeres in the babies were about 50 base pairs shorter.",
            ),
            C(
                "babies of mums with higher BMIs are at greater risk of developing chronic diseases in their adult years",
                HAS,
                O,
                "distorted",
                rel="According to the researchers, this 50 base pair shortening of telomere length is equivalent to the length that people normally lose in 1.1 - 1.6 years of adult life, which may increase the risk of chronic diseases in adulthood.",
                how="stronger",
                note="'As a result, the researchers warn'. The release: the shortening 'may increase the risk'; the story: the babies 'are at greater risk'.",
            ),
            C(
                "their study may be limited by lack of information on paternal BMI as previous research has described epigenetic effects of paternal weight on newborns",
                HAS,
                O,
                "supported",
                rel="The researchers say that their study may be limited by lack of information on paternal BMI as previous research has described epigenetic effects of paternal weight on newborns.",
            ),
        ],
    )
)

# 14
BAY = "Baylor College of Medicine"
STUDY14 = "study published in Genome Medicine"
STORIES.append(
    dict(
        story_id="news-26-022-timesofindia.com",
        story_note="IANS copy. Headline, dateline and the app promotion line left out. Sentences with no cue of their own ('Further, a high-fat diet ... was also significantly associated with fewer numbers of bacteroides ...', the two Bacteroides background sentences, 'The average daily intake ... was 33.1 per cent') and the method sentence (stool samples) are not annotated. The story drops the release's caveat that cause and effect cannot be established.",
        quotes=[
            Q(
                "Diet is very amenable to change and women are highly motivated to make healthy changes during pregnancy. Traditionally, dietary interventions during pregnancy have focused on micronutrients, such as iron and folic acid,",
                "Kjersti Aagaard",
                P,
                "verbatim",
                rel=("Diet is very amenable to change", "such as iron and folic acid."),
            ),
            Q(
                "The study speculates that there may be a sound argument to also discuss and estimate fat intake,",
                "Kjersti Aagaard",
                P,
                "altered",
                rel="We speculate that there may be a sound argument to also discuss and estimate fat intake.",
                edits=[("replace", "We speculate", "The study speculates", False)],
                note="The subject changes from the researchers to the study; judged not significant (same hedged claim).",
            ),
        ],
        claims=[
            C(
                "Women consuming high-fat diet during pregnancy may increase the risk of affecting bacteria living in her baby's gut thus impacting proper development of the immune system",
                STUDY14,
                D,
                "supported",
                rel=(
                    "A mother's high-fat diet during pregnancy could have a lasting impact",
                    "which could affect energy extraction from food and early immune development.",
                ),
                note="'says a study'. The hedge ('may') covers the chain; judged the same as the release's 'could have a lasting impact ... could affect ... early immune development'.",
            ),
            C(
                "expecting mothers' diets can lead to distinct changes in their babies' microbiome, which could affect energy extraction from food as well as early immunity development",
                STUDY14,
                D,
                "distorted",
                rel="Researchers at Baylor College of Medicine in the US examined a cohort of 157 women and their newborn babies, and found an association between the mothers' diets and distinct changes in their offspring's microbiome, which could affect energy extraction from food and early immune development.",
                how="causal",
                note="'The results showed that'. The release found 'an association'; the story: diets 'can lead to' the changes.",
            ),
            C(
                "A persistent reduction of bacteroides species in the infant gut could thus have significant consequences on energy extraction from food and developing immunity",
                BAY,
                O,
                "supported",
                rel="A persistent reduction of Bacteroides species in the infant gut could thus have significant consequences for energy extraction from food and immune development, according to the researchers.",
                note="'the researchers said' (the story names Baylor College of Medicine for Aagaard).",
            ),
            C(
                "an increase in the need for dietary recommendations during pregnancy",
                "Kjersti Aagaard",
                P,
                "supported",
                rel="The findings have implications for dietary recommendations in pregnancy, the researchers suggest.",
                note="'Aagaard added, suggesting'. 'an increase in the need for' for 'implications for'; judged the same. Whether the participle makes a reported claim is arguable.",
            ),
            C(
                "the mothers' dietary intake of calories from fat per day ranged from 14.0 per cent to 55.2 per cent",
                BAY,
                O,
                "supported",
                rel="The researchers found that the mothers' dietary intake of calories from fat per day ranged from 14.0% to 55.2%.",
            ),
        ],
    )
)

# 15
STUDY15 = "study published in Thorax"
STORIES.append(
    dict(
        story_id="news-25-152-thetimes.co.uk",
        story_note="Headline and byline left out. The story names no institution for the researchers ('A study carried out in France'), so 'Researchers stressed/added' have a null speaker. 'About half of the people surveyed were asthma patients ...' has no cue and is not annotated (the release: 42% had had asthma). 'Higher meat consumption ... was linked with a worsening' is annotated as a passive attribution to the study.",
        quotes=[
            Q(
                "Although certain foods can be triggers for allergies in some people, there is no specific dietary advice to manage asthma symptoms generally.\n\n“For most people with asthma, healthy eating advice is exactly the same as it is for everyone else: follow a balanced diet that includes plenty of fresh and unprocessed food and is low in sugar, salt and saturated fat.",
                "Erika Kennington",
                P,
                NIR,
                note="Asthma UK comment; two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "Processed meat may be exacerbating the symptoms of asthma",
                STUDY15,
                D,
                "distorted",
                rel="A high dietary intake of cured and processed meats, such as ham and salami, is linked to worsening asthma symptoms, reveals research published online in the journal Thorax.",
                how="causal",
                note="'according to new research'. The release reports a link (observational, 'no firm conclusions ... about cause and effect'); the story's 'may be exacerbating' is causal, though hedged. Supported is defensible because of the hedge.",
            ),
            C(
                "the preservative nitrate, which is used to cure and preserve sausages, bacon, salami and ham, could be linked to an increase in breathlessness and chest tightness, among other symptoms",
                STUDY15,
                D,
                "distorted",
                rel="Cured and processed meat is rich in nitrites, which may have a role in airway inflammation--a typical feature of asthma.",
                how="other",
                note="'A study carried out in France suggests that'. The study linked cured meat intake to symptoms; the release mentions nitrites (not nitrate) only as background, a possible role in airway inflammation. The story makes the preservative the study's finding.",
            ),
            C(
                "more than four portions of processed meat a day could be detrimental",
                STUDY15,
                D,
                "distorted",
                rel="Four or more weekly servings seem to have the greatest impact on symptoms, the findings suggest.",
                how="numbers",
                note="'concluded that'. The release: four or more servings a week; the story: more than four a day.",
            ),
            C(
                "Higher meat consumption by asthma sufferers was linked with a worsening of their condition",
                STUDY15,
                D,
                "supported",
                rel="After taking account of potentially influential factors, such as smoking, regular physical activity, age, sex, and educational attainment, those who ate the most cured meats were 76% more likely to experience worsening asthma symptoms than those who ate the least.",
                note="Passive 'was linked'; doubtful whether it is a reported claim. The release's analysis covers all 971 participants, not only asthma sufferers.",
            ),
            C(
                "the link is still unproven",
                None,
                P,
                "supported",
                rel="This is an observational study, so no firm conclusions can be drawn about cause and effect.",
                note="'Researchers stressed that' (no institution named).",
            ),
            C(
                "a balanced diet was the best approach for health",
                None,
                P,
                NIR,
                note="'[Researchers] added that'; the release gives no dietary advice.",
            ),
            C(
                "a daily 50g portion of processed meat increases the risk of bowel cancer by 18 per cent",
                "World Health Organisation",
                O,
                NIR,
            ),
        ],
    )
)

# 16
MAN = "University of Manchester"
JS = "Jenny Stephany"
STORIES.append(
    dict(
        story_id="news-26-033-uk.reuters.com",
        story_note="Reuters Health story with interview quotations. Headline, dateline and byline left out. 'Pets also provide a consistent physical presence and often distract owners ...' only continues 'she said' and is not annotated (it matches the release). Method sentences (54 interviews, the circle diagram), 'About 60 percent placed pets in the closest circle ...' (an action, no cue) and the journalist's lines on US/UK programmes are not annotated. The anonymous participants are given a null speaker.",
        quotes=[
            Q(
                "Although the value of therapy animals for mental health problems is well documented, the nature of the role pets play in the everyday management of serious mental illness is underexplored,",
                "Helen Brooks",
                P,
                NIR,
                note="Not in the release (presumably the paper).",
            ),
            Q(
                "Pets are of significant value to those managing serious mental illness and should be considered a mainstay rather than a marginal source of support,",
                "Helen Brooks",
                P,
                "paraphrase",
                rel="The researchers suggest that pets should be considered a main source of support in the management of long-term mental health problems.",
                note="'she told Reuters Health' (interview), but the release's narrative says the same ('should be considered a main source of support'). not_in_release is defensible.",
            ),
            Q(
                "I can trust him (my dog) more than people,",
                None,
                P,
                NIR,
                note="An anonymous participant; not among the release's participant quotations.",
            ),
            Q(
                "When you’re like this, you lose a lot of trust in people, family as well, because you tend not to tell them things because the less you tell them, the less they can say.",
                None,
                P,
                NIR,
                note="The same participant, after the attribution: a second entry.",
            ),
            Q(
                "(The cat) knows when to come on my lap and when to leave me alone. I don’t have to tell him, he just senses me, you know, he just senses my feelings.",
                None,
                P,
                NIR,
                note="Another anonymous participant.",
            ),
            Q(
                "This is probably only the second time I’ve seen a study so thoroughly look at where pets sit in the human-social system and how important pets may be,",
                JS,
                P,
                NIR,
                note="Outside comment (Positive Connections).",
            ),
            Q(
                "The U.S. and Australia are way ahead of the UK in this area with companion animals,",
                JS,
                P,
                NIR,
            ),
            Q(
                "We’re seeing this movement away from a reliance on pharmaceuticals and more toward non-medical interventions.",
                JS,
                P,
                NIR,
            ),
            Q(
                "I walk a dog for a woman who is 92, deaf and isolated, and the importance of her Jack Russell is prevalent,",
                JS,
                P,
                NIR,
            ),
            Q(
                "The simple ability of an animal to connect or provide a routine is very powerful.",
                JS,
                P,
                NIR,
            ),
            Q(
                "Sometimes we overlook the emotional needs that people have,",
                JS,
                P,
                NIR,
            ),
            Q(
                "For some social and health problems, the solution may be staring you in the face - or sitting on your lap.",
                JS,
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Pets could play an active role in the treatment of their owners’ long-term mental health problems",
                MAN,
                O,
                "supported",
                rel="Pets can help people manage their long-term mental health conditions, according to research published in the open access journal BMC Psychiatry.",
                note="'according to authors of a small study' (the story names Brooks's University of Manchester).",
            ),
            C(
                "many pets were seen as the most valuable and central social support in owners’ lives, often providing secure relationships not available through human ties",
                MAN,
                O,
                "supported",
                rel="In this way, pets provided a unique form of validation through unconditional support, which they were often not receiving from other family or social relationships.",
                note="'Researchers found that'. The central-circle placement (60%) is also in the release.",
            ),
            C(
                "pets helped build stable and close relationships that weren’t available elsewhere, especially for those who stay mostly at home and have limited human contact",
                "Helen Brooks",
                P,
                "supported",
                rel="In this way, pets provided a unique form of validation through unconditional support, which they were often not receiving from other family or social relationships.",
                note="'she said'. The qualifier 'especially for those who stay mostly at home ...' is not in the release; the rest matches.",
            ),
            C(
                "their pets to be part of their social network",
                None,
                P,
                NIR,
                note="'Of the 54 participants, 25 considered'. The participants' view; the 25 is nowhere in the release (number convention). Whether it is a reported claim is arguable.",
            ),
            C(
                "Many times, establishing a reliable non-human relationship and boosting self-esteem cuts down on repeat offenses",
                JS,
                P,
                NIR,
                note="'Stephany said'; about prison pet programmes.",
            ),
        ],
    )
)

# 17
STUDY17 = "research at an inner city hospital"
CM = "Clifford Mann"
STORIES.append(
    dict(
        story_id="news-25-025-mirror.co.uk",
        story_note="LexisNexis header, headline, standfirst, byline and the 'Read more' link left out. The story names no institution for the researchers (an unidentified hospital), so they have a null speaker. Unattributed sentences are not annotated: the lead 'Booze was to blame for 70% of A&E admissions at weekends' (the release: 'linked to excess alcohol', attendances), 'The most problems were from drunken men aged 18 to 24 ...', the 12%/15% figures, the 498 breath tests, the £250-£850 range, and 'Hospital admissions ... rose 100%' (a point of Mann's in the release, with no cue in the story). Method sentences (case notes, breath tests, cost calculation) are not annotated.",
        quotes=[
            Q(
                "This indicates a significant NHS burden if all such emergency departments in the UK are sustaining similar demands associated withalcohol related attendance,",
                None,
                P,
                "verbatim",
                rel="This indicates a significant NHS burden if all such emergency departments in the UK are sustaining similar demands associated with alcohol related attendance,",
                note="'say the researchers' (no institution named). 'withalcohol' is a missing space.",
            ),
            Q(
                "Although older people may cost more per patient, younger people as a group are more costly to the NHS because they have morealcohol related attendances,",
                None,
                P,
                "verbatim",
                rel="Although older people may cost more per patient, younger people as a group are more costly to the NHS because they have more alcohol related attendances,",
                note="'they add' (the researchers).",
            ),
            Q(
                "Our results suggest that emergency departments would benefit from routinely providing staff to cover the night and early morning shifts, particularly at weekends, to cope with the high proportion of alcohol related attendances at these times.",
                None,
                P,
                "verbatim",
                rel="Our results suggest that emergency departments would benefit from routinely providing staff to cover the night and early morning shifts, particularly at weekends, to cope with the high proportion of alcohol related attendances at these times,",
                note="A paragraph with no attribution of its own, read as the researchers' (previous paragraph).",
            ),
            Q(
                "Current national and international data describing the financial burden of alcohol are dramatic, yet the response of governments has been woefully inadequate,",
                CM,
                P,
                "verbatim",
                rel="Current national and international data describing the financial burden of alcohol are dramatic, yet the response of governments has been woefully inadequate,",
            ),
            Q(
                "Currently it is perfectly feasible to purchase a volume of alcohol that represents a safe weekly maximum for less than £10. Alcohol at this price is cheaper than bottled water,",
                CM,
                P,
                "verbatim",
                rel="Currently it is perfectly feasible to purchase a volume of alcohol that represents a safe weekly maximum for less than £10. Alcohol at this price is cheaper than bottled water,",
            ),
            Q(
                "The economic, social, and medical consequences of current alcohol strategies create a compelling argument for improved legislation and regulation of alcohol sales,",
                CM,
                P,
                "verbatim",
                rel="The economic, social, and medical consequences of current alcohol strategies create a compelling argument for improved legislation and regulation of alcohol sales,",
            ),
        ],
        claims=[
            C(
                "each patient costs the NHS £250-850, hitting the site for £1million a year",
                STUDY17,
                D,
                "supported",
                rel="Each case costs between £250 and £850 to treat, or £1 million every year, the analysis shows, indicating substantial costs for urban emergency care departments across the UK faced with similar demand, say the researchers.",
                note="'Research at the inner city hospital in the North East found'.",
            ),
            C(
                "alcohol costs the taxpayer tens of millions of pounds in emergency care throughout the UK every year",
                STUDY17,
                D,
                NIR,
                note="'The research suggests that'. The release speaks of 'substantial costs for urban emergency care departments across the UK faced with similar demand'; 'tens of millions of pounds' is nowhere in it (number convention; on substance distorted/stronger).",
            ),
            C(
                "during 2012-13 the alcohol related attendance varied substantially from 4% to 60% on week days, but rose to 70% at weekends",
                STUDY17,
                D,
                "supported",
                rel="In 2012-13, the alcohol related attendance rate during the specified four weeks varied substantially from 4% to 60% on week days, but rose to 70% at weekends.",
                note="'analysis showed that'.",
            ),
            C(
                "People who didn't live in the city were much more likely to test positive than local residents, suggesting that city centres attract revellers from elsewhere, while hospitals and other public services in city centres pick up the tab",
                None,
                P,
                "supported",
                rel="Some 498 people tested positive for alcohol on the breath test: people who didn't live in the city were significantly more likely to test positive than local residents, suggesting that city centres attract revellers from elsewhere, while hospitals and other public services in city centres pick up the tab, say the researchers.",
                note="'say the researchers' (no institution named). 'significantly' -> 'much' judged the same.",
            ),
            C(
                "in England alone, one million hospital visits every year are related to alcohol, at a cost to the NHS of £3.5 million",
                CM,
                P,
                "supported",
                rel="In a linked editorial, Dr Clifford Mann, emergency care consultant at Taunton and Somerset NHS Foundation Trust, points out that in England alone, 1 million hospital visits every year are related to alcohol, at a cost to the NHS of £3.5 million.",
            ),
            C(
                "Alcohol is too cheap and too readily available",
                CM,
                P,
                "supported",
                rel="Alcohol is too cheap and too readily available, he says, reiterating the call made by the Royal College of Emergency Medicine and many other medical organisations for a minimum unit pricing for alcohol of £0.50.",
            ),
            C(
                "a minimum unit pricing for alcohol of £0.50",
                CM,
                P,
                "supported",
                rel="Alcohol is too cheap and too readily available, he says, reiterating the call made by the Royal College of Emergency Medicine and many other medical organisations for a minimum unit pricing for alcohol of £0.50.",
                note="'reiterating the call made by the Royal College of Emergency Medicine and many other medical organisations for'.",
            ),
            C(
                "the total annual cost to society of alcohol is £21billion, which compares with the total cost of £2billion for running every A&E in the UK",
                "Public Health England",
                O,
                "supported",
                rel="Public Health England estimates that the total annual cost to society of alcohol is £21 billion, which compares with the total cost of £2 billion for running every A&E in the UK, he points out.",
                note="'Public Health England estimates that ..., he points out' (nested in Mann's point; given to the estimate's source).",
            ),
        ],
    )
)

# 18
LIEGE = "Liege State University"
MS = "Michael Shepard"
RW = "Rachel Wolfe"
STORIES.append(
    dict(
        story_id="news-25-202-uk.reuters.com",
        story_note="Reuters Health story with interview comments. Kicker, dateline, headline and byline left out; the nested ‘buyer beware’ inside Shepard's quotation is a quotation inside a quotation and is left out. The method sentence (604 people, doses) and the sponsor and source lines are not annotated. Shepard and Wolfe are outside experts; Reginster's interview remarks go beyond the release.",
        quotes=[
            Q("I tell my patients, ‘buyer beware,’", MS, P, NIR, note="Outside expert, by email."),
            Q(
                "I tell them about the mixed results of chondroitin in the literature. I tell them to try chondroitin for one month as a trial and if they like it and feel better with it, then keep taking it.",
                MS,
                P,
                NIR,
            ),
            Q(
                "periodically,",
                MS,
                P,
                NIR,
                note="One-word partial quotation attributed by 'he suggests' (mixed quotation; also a claim). Kept as blind3 kept attributed one-word quotations.",
            ),
            Q(
                "If you are going to stay on an NSAID for a prolonged period then you need regular follow up with your doctor,",
                MS,
                P,
                NIR,
            ),
            Q(
                "reasonable to try",
                RW,
                P,
                NIR,
                note="Partial quotation inside 'agreed that' (mixed quotation; also a claim).",
            ),
            Q(
                "However, it should not replace other therapy such as quad strengthening exercises, and weight loss, which we know will provide benefit. It should be used in conjunction with these measures,",
                RW,
                P,
                NIR,
            ),
            Q(
                "Chondroitin is not a miracle pill, but if it allows people to feel less pain and be more active, thereby losing weight and strengthening muscles, then I think there may benefit,",
                RW,
                P,
                NIR,
            ),
            Q(
                "Studies like this highlight that medicine is still an art - we do not have perfect answers, and we have to individualize for each patient.",
                RW,
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "A daily supplement of pharmaceutical grade chondroitin is as good as celecoxib (Celebrex) at relieving arthritic knee pain and doesn’t have dangerous side effects",
                LIEGE,
                O,
                "supported",
                rel=(
                    "They conclude that a daily dose of 800 mg",
                    "in symptomatic knee osteoarthritis.",
                ),
                note="'researchers say' (the story names Reginster's Liege State University). No dangerous side effects: the release says all three treatments were very safe.",
            ),
            C(
                "Those who took chondroitin sulfate or celecoxib had similar levels of pain relief at the end of the study, and in both groups the improvement was greater than for those taking just a placebo",
                "report in Annals of the Rheumatic Diseases",
                D,
                "supported",
                rel=(
                    "But the reductions in pain and improvements in joint function were significantly greater",
                    "no overall differences in the effectiveness of either active treatment",
                ),
                note="'according to the report in Annals of the Rheumatic Diseases'.",
            ),
            C(
                "the findings are in line with earlier studies showing pharmaceutical-grade chondroitin sulfate could significantly decrease the progression of knee osteoarthritis over a period of three years",
                "Jean-Yves Reginster",
                P,
                NIR,
                note="'Reginster told Reuters Health'; the release cites no earlier studies on progression.",
            ),
            C(
                "pharmaceutical-grade chondroitin is not the same as over-the-counter supplements, which are made differently and can’t get into the joint in high enough concentrations to combat the causes of cartilage degradation and pain",
                "Jean-Yves Reginster",
                P,
                "distorted",
                rel="This because although chondroitin sulfate is available as an over the counter supplement, the level of active ingredient in these products can vary considerably.",
                how="other",
                note="'He stressed that'. The release says only that the active ingredient in over-the-counter products can vary considerably; that they cannot reach the joint in high enough concentrations is not in it. not_in_release is defensible.",
            ),
            C(
                "European regulatory bodies recommend pharmaceutical-grade chondroitin sulfate as well as pharmaceutical-grade glucosamine sulfate as first-line treatments for osteoarthritis",
                "Jean-Yves Reginster",
                P,
                NIR,
                note="'Reginster said by email'. The release has the researchers' own view that it 'should be considered first', not a recommendation by European regulators, nor glucosamine.",
            ),
            C(
                "the study had a relatively low number of participants",
                MS,
                P,
                NIR,
                note="'noted that'; outside expert.",
            ),
            C(
                "most U.S. studies of this type would run two years rather than six months",
                MS,
                P,
                NIR,
            ),
            C(
                "U.S.-based studies of chondroitin have had mixed results",
                MS,
                P,
                NIR,
            ),
            C(
                "Some have found the supplements to be as effective as ibuprofen (also an NSAID), and some have found that chondroitin sulfate is no more effective than placebo",
                MS,
                P,
                NIR,
                note="'he told Reuters Health'.",
            ),
            C(
                "taking an NSAID “periodically,” and to be aware of the side effects",
                MS,
                P,
                NIR,
                note="'he suggests'.",
            ),
            C(
                "chondroitin is “reasonable to try” for some people, especially those with contraindications to NSAIDs",
                RW,
                P,
                NIR,
                note="'agreed that'; outside expert.",
            ),
        ],
    )
)

# 19
ABU = "Aberdeen University"
STORIES.append(
    dict(
        story_id="news-25-138-thescottishsun.co.uk",
        story_note="Kicker, headline, byline and standfirst left out. Unattributed sentences (what the calculator takes into account, six courses, infertility and success-rate background, costs, 'Scientists developed the tool to try and help doctors manage patients’ expectations', the HFEA data description) are not annotated. The story drops the release's caution that the model should not be used to decide whether couples should have IVF.",
        quotes=[
            Q(
                "It can predict individualised chances of live birth over a course of complete IVF cycles.\n\n“The results are relevant for individual couples and their doctors.\n\n“They will help shape couples’ expectations, allowing them to plan their treatments more efficiently and prepare both emotionally and financially.",
                ABU,
                O,
                "altered",
                rel=("help to shape couples' expectations", "state or insurance funded IVF."),
                edits=[
                    ("replace", "These are the first models to predict", "It can predict", True),
                    ("delete", "not only", "", False),
                    ("replace", "clinicians", "doctors", False),
                    (
                        "delete",
                        ", but also for funders and policy makers in determining access to state or insurance funded IVF",
                        "",
                        False,
                    ),
                    ("replace", "help to shape", "They will help shape", False),
                    (
                        "replace",
                        "and to prepare emotionally",
                        "and prepare both emotionally",
                        False,
                    ),
                ],
                note="'In a report in the British Medical Journal researchers said' (the story names Aberdeen University for them). Three paragraphs, closed only at the end: one entry. The first two sentences are the release's concluding quotation, the third its partial quotation earlier ('They say it will also \"help to shape ...\"'), so the release span runs from that partial quotation to the end of the conclusion. 'These are the first models to predict' -> 'It can predict' drops the novelty claim and adds 'can': marked significant (arguable). Dropping the funders and policy makers without an omission mark narrows the relevance; judged not significant.",
            ),
        ],
        claims=[
            C(
                "it will give couples going through IVF a more realistic idea of the chances of success",
                ABU,
                O,
                "supported",
                rel='They say it will also "help to shape couples\' expectations allowing them to plan their treatments more efficiently and to prepare emotionally and financially."',
                note="'Scientists behind it hope'.",
            ),
            C(
                "the chances of getting pregnant were heavily influenced by the woman’s age, the number of eggs collected and what stage of development an embryo is transferred into the womb",
                "Human Fertilisation and Embryology Authority records",
                D,
                "distorted",
                rel="After transfer of a fresh embryo in the first cycle, aside from the woman's age, increasing number of eggs collected (up to 13 eggs), embryo cryopreservation and stage of embryo transfer were the next best predictors of having a baby.",
                how="causal",
                note="'The records revealed'. The release names the best predictors of having a baby; the story says the chances 'were heavily influenced by' them (and speaks of getting pregnant, not live birth). Supported is defensible if 'influenced' is read loosely.",
            ),
        ],
    )
)

# 20
NT = "University Hospital of North Tees"
DL = "David Langton"
MHRA = "Medicines and Healthcare products Regulatory Agency"
STUDY20 = "study published in BMJ Open"
STORIES.append(
    dict(
        story_id="news-25-065-dailymail.com",
        story_note="Press Association copy. Headline (with its quotation 'unacceptably high revision rate'), byline, 'Read more'/'Follow us' lines left out; the nested 'unacceptably high revision rate' inside Sarah Moore's quotation is left out. 'British doctors'/'researchers'/'the authors' are Langton's team (University Hospital of North Tees). The lawsuit and recall background, method sentences (36mm hip, 489 hips in 434 patients, 352 attended, 71 revised) and sentences with no cue of their own ('But after 2006 more than a third ...', the taper surface, the staining in 19%, the trial date) are not annotated.",
        quotes=[
            Q(
                "unacceptably high revision rate",
                NT,
                O,
                "altered",
                rel='a revision rate of 16.4%, which the researchers describe as "unacceptably high."',
                edits=[("insert", "", "revision rate", False)],
                occ=1,
                note="Partial quotation in the lead, attributed to the doctors' published evidence (mixed quotation; also a claim). The release quotes only \"unacceptably high\", said of the revision rate; the story puts 'revision rate' inside the marks.",
            ),
            Q(
                "black tissue",
                NT,
                O,
                "paraphrase",
                rel="Abundant metal staining of tissues visible to the naked eye (metallosis) had occurred in around one in five (19%) cases.",
                note="Two-word partial quotation attributed by 'researchers say' (mixed quotation). The release describes the same as visible metal staining of tissues; not_in_release is defensible (the words are Langton's, below).",
            ),
            Q(
                "high levels of chromium and cobalt",
                NT,
                O,
                NIR,
                note="Partial quotation attributed by 'researchers say'; the release names no metals (it speaks of 'excessive metal particle release').",
            ),
            Q(
                'These Pinnacle implants were advised for younger patients who were very active.\n\n"We have found that they fail at a higher rate than conventional ones but they fail in a much nastier way.\n\n"You get very high levels of chromium and cobalt around the hip and that can go into the bloodstream. There can be black metal-stained tissue.\n\n"The Pinnacle was put into people in lot bigger numbers than the ASR - up to about 500,000 people worldwide.\n\n"What we\'ve found is that some of our patients have come back with lots of pain. The implants have then been taken out by us.\n\n"In total myself, I\'ve looked at between 150 and 200 Pinnacle implants.',
                DL,
                P,
                NIR,
                note="Six paragraphs, closed only at the end: one entry. Interview remarks; the release has no Langton quotation.",
            ),
            Q(
                'We\'ve reported this and had several meetings with DePuy and the MHRA.\n\n"We physically handed the implants to DePuy and showed them how they were not the right size and how they were going to fail.\n\n"In my opinion, they should never have left the factory.\n\n"Hips should fail at no more 0.5% per year but we found the Pinnacle has been failing at a significantly higher rate than that.',
                DL,
                P,
                NIR,
                note="Four paragraphs, closed only at the end: one entry.",
            ),
            Q(
                "unacceptably high",
                NT,
                O,
                "verbatim",
                rel="unacceptably high",
                occ=2,
                note="'which researchers described as' (mixed quotation; also a claim).",
            ),
            Q(
                'MHRA take allegations of device non-conformities seriously and will investigate these with manufacturers when sufficient evidence is presented to MHRA.\n\n"We are, however, unable to comment on regulatory matters which may involve a manufacturer due to confidentiality restrictions within the medical device regulations.\n\n"The majority of patients who receive hip implants have well-functioning hips and are at a low risk of developing any serious problems.\n\n"MHRA continues to monitor the performance of all hip implants in the UK though its post market surveillance system.\n\n"We also work closely with our expert orthopaedic advisory group which includes representatives from the British Orthopaedic Association, the British Hip Society and the National Joint Registry for England, Wales, Northern Ireland and Isle of Man to assess any new scientific evidence and we will take safety action if needed to ensure that patients are protected from unsafe hip implants.',
                MHRA,
                O,
                NIR,
                note="An MHRA spokeswoman (given the body); five paragraphs, closed only at the end: one entry.",
            ),
            Q(
                'We consider that this study is highly significant to the individuals whom we represent.\n\n"The study reports that after analysing hundreds of explanted Pinnacle components, the doctors involved have found that a significant number of devices were found to be manufactured out of their specifications.\n\n"This is a very serious allegation that we will continue to investigate with our expert team.\n\n"If this allegation is proven, this may be a further factor in explaining why so many individuals have suffered severe injuries and early revision following their implantation with these products.\n\n"The evidence of an \'unacceptably high revision rate\' should put more pressure on DePuy to come to the negotiating table rather than our clients having to drag them through the courts.',
                "Sarah Moore",
                P,
                NIR,
                note="Leigh Day's spokeswoman, named; five paragraphs, closed only at the end: one entry.",
            ),
        ],
        claims=[
            C(
                'an "unacceptably high revision rate" for a hip implant',
                NT,
                O,
                "supported",
                rel='In all, 71 metal hips required surgical removal and replacement, adding up to a revision rate of 16.4%, which the researchers describe as "unacceptably high."',
                note="'British doctors have published evidence of'.",
            ),
            C(
                "Almost 12,000 Britons have received the Pinnacle metal-on-metal hip implant made by DePuy, part of Johnson & Johnson",
                "official joint registry data",
                D,
                "supported",
                rel="Data from the National Joint Registry for England and Wales for 2014 indicate that 11,871 metal on metal Pinnacle hips have been implanted, prompting the researchers to calculate that 180,000 people around the world are now walking around with these hips.",
                note="'according to official joint registry data'. 11,871 hips (England and Wales) -> almost 12,000 Britons; judged the same.",
            ),
            C(
                'they have operated on patients with "black tissue" caused by "high levels of chromium and cobalt"',
                NT,
                O,
                "supported",
                rel="Abundant metal staining of tissues visible to the naked eye (metallosis) had occurred in around one in five (19%) cases.",
                note="'researchers say'. The release reports revision surgery, metallosis and excessive metal particle release; it does not name chromium and cobalt. not_in_release is defensible.",
            ),
            C(
                "patients have suffered pain",
                NT,
                O,
                NIR,
                note="'[researchers say] ... that'; the release does not mention pain.",
            ),
            C(
                "they were injured by the Pinnacle metal-on-metal hip implants",
                None,
                P,
                NIR,
                note="'five people who said' (the US plaintiffs).",
            ),
            C(
                "the Pinnacle hips were defectively designed and that DePuy had failed to warn the public about their risks",
                "Texas federal jury",
                O,
                NIR,
                note="'The jury decided'.",
            ),
            C(
                "the company will appeal against that verdict",
                "Johnson & Johnson",
                O,
                NIR,
            ),
            C(
                "his team had told DePuy in the UK, and the Medicines and Healthcare products Regulatory Agency (MHRA), of problems with the Pinnacle over several years",
                DL,
                P,
                NIR,
            ),
            C(
                "up to 20,000 people in the UK had received the implants",
                DL,
                P,
                NIR,
                note="'Dr Langton said his team believed'. The release's registry figure is 11,871 hips; 20,000 is nowhere in it (number convention).",
            ),
            C(
                "Pinnacle metal on metal implants manufactured and implanted since 2006 were more prone to failure",
                STUDY20,
                D,
                "supported",
                rel="Metal on metal hip replacements implanted since 2006 are more prone to failure and the need for further surgery, finds research looking at revision rates at one hospital trust for the DePuy Pinnacle device, and published in the online journal BMJ Open.",
                note="'The study ... found in particular that'.",
            ),
            C(
                'There was a revision rate of 16.4%, which researchers described as "unacceptably high"',
                NT,
                O,
                "supported",
                rel='In all, 71 metal hips required surgical removal and replacement, adding up to a revision rate of 16.4%, which the researchers describe as "unacceptably high."',
                note="The cue sits inside the clause; the span keeps it.",
            ),
            C(
                "before 2006, only five out of 43 hips (12%) failed to meet the manufacturer's product specification",
                STUDY20,
                D,
                "supported",
                rel="Before 2006, only five out of 43 hips (12%) failed to meet the manufacturer's product specification.",
                note="'The study found that'.",
            ),
            C(
                "this was significantly associated with the excessive release of metal particles",
                NT,
                O,
                "supported",
                rel="This defect was significantly associated with excessive metal particle release.",
                note="'The authors said'.",
            ),
            C(
                "patients who had undergone large head metal-on-metal hip replacements should be monitored annually for life",
                MHRA,
                O,
                NIR,
                note="'In 2012, the MHRA said'.",
            ),
            C(
                "They should have blood tests to check for metal ions, and MRI scans if necessary",
                MHRA,
                O,
                NIR,
                note="'it said'.",
            ),
            C(
                "it was acting on behalf of 333 clients who were claiming compensation from DePuy for having to undergo early revision surgery following a Pinnacle implant",
                "Leigh Day",
                O,
                NIR,
            ),
        ],
    )
)

# 21
UWA = "University of Western Australia"
SR = "Stuart Reece"
STUDY21 = "study published in Heart Asia"
STORIES.append(
    dict(
        story_id="news-25-165-washingtonpost.com",
        story_note="Headline and byline left out; “fight or flight” is a quoted term. Method sentences (713 people, groups, blood pressure cuff, 'what they described as biological vascular age'), 'The number of amphetamine users ... was relatively small — 55' (no cue) and the journalist's background on ADHD stimulants and dopamine are not annotated. The story drops the release's observational caveat (it keeps the small number and the missing dose data).",
        quotes=[
            Q(
                "It makes sense that all these different issues are linked by an underlying acceleration of the aging effect,",
                SR,
                P,
                NIR,
                note="'Reece said by email' (interview).",
            ),
            Q("We found that the effect was very considerable indeed.", SR, P, NIR),
            Q(
                "advancement",
                UWA,
                O,
                NIR,
                note="One-word partial quotation attributed by 'researchers report' (mixed quotation; also a claim); kept as blind3 kept it. Not in the release, which says the cardiovascular system 'seemed to be ageing much faster'.",
            ),
            Q(
                "At therapeutic doses, stimulant medications have been shown to be safe,",
                "Jose Martinez-Raga",
                P,
                NIR,
                note="Outside expert.",
            ),
            Q(
                "Amphetamine abuse implies using these stimulant drugs over long periods of time and generally with much larger doses than those commonly prescribed for medical reasons,",
                "Jose Martinez-Raga",
                P,
                NIR,
            ),
            Q("No medical patient smokes or shoots their pills,", SR, P, NIR),
            Q(
                "These high levels are very addictive, they are very damaging, and they produce great spikes in blood pressure and heart rate which are straining and damaging both for the heart itself and for the blood vessels.",
                SR,
                P,
                NIR,
            ),
        ],
        claims=[
            C(
                "Middle-aged adults who use recreational amphetamines such as speed, ecstasy or ice may develop a prematurely aging heart and experience health problems normally associated with older people",
                STUDY21,
                D,
                "supported",
                rel="The use of recreational amphetamine, popularly known as ‘speed,’ ‘ice,’ and ‘ecstasy,’ may hasten the biological ageing of the heart, suggests research, published in the online journal Heart Asia.",
                note="'a recent study suggests'. 'experience health problems normally associated with older people' is not spelled out in the release; judged to follow from its hedged ageing claim.",
            ),
            C(
                "People may crave the euphoric feelings produced by amphetamines, but these drugs have long been linked to heart attack, stroke, artery wall damage, bleeding in the brain, abnormal heart rhythm and sudden cardiac death",
                SR,
                P,
                "supported",
                rel="It is associated with cardiovascular system effects, including speeding up the heart rate, sharply increasing blood pressure, and boosting the risk of stroke, heart attack, and aneurysm rupture.",
                note="'said lead study author Stuart Reece'. The release's list has heart attack and stroke (and aneurysm rupture); artery wall damage, abnormal heart rhythm and sudden cardiac death are not in it. Marked supported as the related statement; not_in_release for the extra items is defensible.",
            ),
            C(
                "Previous research has linked these drugs to premature aging of the skin",
                "previous research",
                D,
                "supported",
                rel="Prolonged stimulant use is reflected in premature ageing of the skin, and the researchers wanted to know if amphetamine use might also prematurely age the heart.",
                note="The cue ('has linked') is the predicate; the span keeps the clause.",
            ),
            C(
                "amphetamines might also prematurely age the heart",
                STUDY21,
                D,
                "supported",
                rel="The use of recreational amphetamine, popularly known as ‘speed,’ ‘ice,’ and ‘ecstasy,’ may hasten the biological ageing of the heart, suggests research, published in the online journal Heart Asia.",
                note="'the Australian research suggests'.",
            ),
            C(
                "they had used these stimulants within the previous week",
                None,
                P,
                "supported",
                rel="Most (94%) of those in the amphetamine group had used within the previous week and nearly half had used just the day before, on the 66 occasions they were monitored with the SphygmoCor.",
                note="'Almost all of them [the amphetamine users] said'. A participants' answer; annotated as survey answers are in blind2 (arguable).",
            ),
            C(
                "amphetamine use was still independently associated with an “advancement” of cardiovascular age",
                UWA,
                O,
                "supported",
                rel="These findings held true even after taking account of other known cardiovascular risk factors, such as weight, cholesterol levels, and an indicator of inflammation, C reactive protein.",
                note="'researchers report in the journal Heart Asia' (the story names Reece's University of Western Australia).",
            ),
            C(
                "The accelerated aging seen with amphetamines appeared to be even more pronounced than that seen with tobacco use",
                SR,
                P,
                "supported",
                rel="The results showed that of all four groups, the cardiovascular system of amphetamine users seemed to be ageing much faster than that of smokers and methadone users, both in terms of pure chronological age, and over time.",
                note="'Reece said'.",
            ),
            C(
                "it was equivalent to about a 25 percent increase over chronological age",
                SR,
                P,
                NIR,
                note="'Reece said'; the 25 percent is nowhere in the release (number convention).",
            ),
            C(
                "Beyond the small number of amphetamine users in the study, another limitation is the lack of data on how much of the stimulants people used",
                UWA,
                O,
                "supported",
                rel="This is an observational study, so no firm conclusions can be drawn about cause and effect, added to which the number of amphetamine users was small, and there was no information on ‘dose.’",
                note="'the authors note'.",
            ),
        ],
    )
)

# 22
STUDY22 = "study published in Neuroepidemiology"
STORIES.append(
    dict(
        story_id="news-27-003-thetimes.co.uk",
        story_note="Headline and byline left out. The lead ('Being better educated might improve your memory but it does not protect ...') is the journalist's, with no cue. Method sentences, the funding line and sentences with no cue ('People with higher levels of education tended to score better ...', the country ranking, 'Women performed better ...', 'studies examining the link ... have produced mixed results', a statement about studies, not their claim) are not annotated.",
        quotes=[
            Q(
                "Despite significant differences in educational systems across countries, education remains a strong indicator of cognitive function in later life, but this study shows we are less clear on whether education can stop the declines in cognition that come naturally with ageing. What we do not know is whether those with lower education had poorer memory at baseline because they have had poorer memories their whole lives, or because they have already experienced some declines in their memory performance.",
                "Dorina Cadar",
                P,
                "altered",
                rel=(
                    "Despite significant differences in educational systems",
                    "declines in their memory performance due to ageing.",
                ),
                edits=[
                    ("delete", "in this study", "", False),
                    ("delete", "due to ageing", "", False),
                ],
                note="Two consecutive release paragraphs of Cadar's quotation joined. 'those with lower education in this study' loses its 'in this study', which could be read as widening the population (then significant); judged not significant, the context being the study.",
            ),
            Q(
                "[These] findings reinforce that dementia is not a natural part of ageing and the factors that may delay the onset of dementia might not have the same effect on the forgetfulness that is common as we grow older.\n\n“As we continue to live longer, it’s important to find ways to help us preserve our memory and thinking skills as well as [reducing] our risk of dementia by eating a healthy, balanced diet and exercising regularly.",
                "James Pickett",
                P,
                NIR,
                note="Alzheimer's Society comment; two paragraphs, the first not closed: one entry.",
            ),
        ],
        claims=[
            C(
                "their ability to remember things deteriorated at the same rate, regardless of education levels",
                STUDY22,
                D,
                "supported",
                rel="However, when the same individuals were followed-up and asked to repeat the tests, their level of education did not have an effect on the rate that their memory declined over time.",
                note="'A study of more than 11,000 European pensioners from ten countries found that'.",
            ),
            C(
                "no gender difference was found in the rate of cognitive decline",
                STUDY22,
                D,
                "supported",
                rel="There was also a gender difference in recall with women performing better than men in most countries, but no gender difference was found in the rate of cognitive decline.",
                note="Passive 'was found'; the first half of the sentence has no cue and is not annotated.",
            ),
            C(
                "people with a higher level of education tend to have lower rates of dementia",
                "previous studies",
                D,
                "supported",
                rel="Previous studies have found that people with a higher level of education tend to have lower rates of dementia, but studies looking at the link between education and rates of cognitive decline in healthy older people have produced mixed results.",
            ),
        ],
    )
)

# 23
STUDY23 = "study published in Archives of Disease in Childhood"
STORIES.append(
    dict(
        story_id="news-25-129-hindustantimes.com",
        story_note="IANS copy. Headline, section line, photo captions (two of which repeat body sentences) and the 'read more' links are left out; ‘loss’ is a scare quote. Method sentences (Millennium Cohort data, survey ages, the question at 11, 'had complete data for almost 11,000 children') are not annotated; the definition of parental absence is annotated as a passive attribution (blind4 convention for 'were defined'). The story drops the release's observational caveat.",
        quotes=[
            Q(
                "Associations between parental absence and early smoking and alcohol consumption may operate through a range of mechanisms, such as reduced parental supervision, self-medication, and adoption of less healthy coping mechanisms,",
                "University College London",
                O,
                "verbatim",
                rel="Associations between parental absence and early smoking and alcohol consumption may operate through a range of mechanisms, such as reduced parental supervision, self-medication, and adoption of less healthy coping mechanisms,",
                note="'the researchers said' (the story names University College London for them).",
            ),
        ],
        claims=[
            C(
                "Parental absence in early childhood as a result of death or relationship break-up is linked to an increased risk of children starting to smoke and to drink alcohol even before they reach teenage years",
                STUDY23,
                D,
                "supported",
                rel="Parental absence in early childhood as a result of death or relationship break-down is linked to a heightened risk of starting to smoke and drink alcohol before that child reaches his/her teens, indicates research published online in the Archives of Disease in Childhood.",
                note="'says a study'.",
            ),
            C(
                "Parental absence was defined as the ‘loss’ of a biological parent before the child was seven years old",
                STUDY23,
                D,
                "supported",
                rel="Parental absence was defined as the 'loss' of a biological parent before the child was 7 years old.",
                note="Passive 'was defined' (method statement); whether it is a reported claim is arguable.",
            ),
            C(
                "children who had experienced parental absence before the age of seven were more than twice as likely to have taken up smoking and 46 per cent more likely to have started drinking alcohol by the age of 11",
                STUDY23,
                D,
                "supported",
                rel="Analysis of the data showed that children who had experienced parental absence before the age of 7 were more than twice as likely to have taken up smoking and 46% more likely to have started drinking alcohol by the age of 11.",
                note="'Analysis of the data showed that'. The same words appear earlier in a photo caption (left out).",
                occ=1,
            ),
        ],
    )
)

# 24
STUDY24 = "study published in BMJ Open Diabetes Research & Care"
STORIES.append(
    dict(
        story_id="news-25-183-latimes.com",
        story_note="Headline and byline left out. The story calls the team only 'Dutch researchers' (no institution), so the researchers have a null speaker. The journalist's background (sea levels, how type 2 diabetes develops, brown fat, cholera), method sentences (CDC and temperature data), 'whether climate change could explain ...' (a question) and sentences with no cue ('Overall, as the average annual temperature rose by 1 degree Celsius ... 3.1 per 10,000 people', which matches the release's 0.314 per 1,000; 'Overall, the warmer the place ...'; 'The study wasn’t designed to show why ...') are not annotated.",
        quotes=[
            Q(
                "There is no apparent geographical pattern which could explain this association,",
                None,
                P,
                NIR,
                note="'the researchers wrote' (no institution named); not in the release (presumably the paper).",
            ),
            Q(
                "Our data are consistent with the hypothesis that a decrease in BAT activity with increasing environmental temperature may deteriorate glucose metabolism and increase the incidence of diabetes,",
                None,
                P,
                NIR,
                note="'they wrote' (the authors). The release states the hypothesis the team set out to test ('by negatively impacting on glucose metabolism via a reduction in BAT activity') but not that the data are consistent with it; paraphrase is arguable.",
            ),
        ],
        claims=[
            C(
                "the number of American adults suffering from diabetes would rise by more than 100,000 a year",
                STUDY24,
                D,
                "distorted",
                rel="Using their findings, the authors calculated that a 1°C rise in environmental temperature could account for more than 100,000 new diabetes cases per year in the USA alone, given a population of nearly 322 million people in 2015.",
                how="stronger",
                note="'a new study suggests'. The release: a 1°C rise 'could account for' more than 100,000 new cases a year (from an observational association); the story: the number 'would rise'.",
            ),
            C(
                "climate change could fuel the spread of conditions such as malaria and dengue fever, because rising temperatures will broaden the range of disease-spreading mosquitoes",
                None,
                P,
                NIR,
                note="'Experts have previously predicted that'.",
            ),
            C(
                "they might find a link between rising temperatures and diabetes for a completely different reason — the activity of brown fat",
                None,
                P,
                "supported",
                rel="A team of Dutch researchers from the Leiden University Medical Center led by Professor Patrick Rensen, set out to investigate if global increases in temperature were contributing to the current type 2 diabetes growth by negatively impacting on glucose metabolism via a reduction in BAT activity.",
                note="'Researchers thought'.",
            ),
            C(
                "after spending 10 days in moderately cold weather, their metabolisms improved and they became more sensitive to insulin, reversing a key symptom of the disease",
                "2015 study of eight adults with Type 2 diabetes",
                D,
                NIR,
                note="'A 2015 study ... found that'. The release says only that previous studies showed cold exposure improves insulin action and sensitivity; this study, its eight adults and ten days are not in it (number convention).",
            ),
            C(
                "a correlation between outside temperature and a measure of blood sugar called HbA1c — when the first was higher, so was the second",
                "2016 study",
                D,
                NIR,
                note="'A 2016 study found'.",
            ),
            C(
                "Back in 1980, 108 million adults had the disease; by 2014, that figure was 422 million",
                "World Health Organization",
                O,
                NIR,
                note="'according to the World Health Organization'. The release's figures are different (415 million in 2015).",
            ),
            C(
                "the higher the average temperature in a particular time and place, the higher the age-adjusted incidence of diabetes",
                None,
                P,
                "supported",
                rel="The researchers found that on average, per 1°C increase in temperature, age-adjusted diabetes incidence increased by 0.314 per 1,000.",
                note="'Comparing the two, they found that'.",
            ),
            C(
                "each 1-degree Celsius temperature increase was associated with a 0.173% increase in the prevalence of obesity",
                None,
                P,
                NIR,
                note="'the researchers also found that'. The release reports no association of temperature with obesity; its 0.17% per 1°C is for the worldwide prevalence of glucose intolerance (distorted/other if the story confused the two).",
            ),
            C(
                "each 1-degree temperature increase was associated with 2.9 additional cases of diabetes per 10,000 people",
                None,
                P,
                NIR,
                note="'Even when the researchers adjusted for the prevalence of obesity ..., they found that'. The release says the association was only slightly reduced after adjustment, with no figure; 2.9 is nowhere in it (number convention).",
            ),
            C(
                "as the temperature rose by 1 degree C, the prevalence of high fasting blood sugar (a marker for diabetes) rose by nearly 0.2%",
                None,
                P,
                "supported",
                rel="Similarly, the worldwide prevalence of glucose intolerance increased by 0.17% per 1°C rise in temperature.",
                note="'Sure enough, they found that'. 0.17% -> 'nearly 0.2%'.",
            ),
            C(
                "the prevalence of obesity rose by just under 0.3%",
                None,
                P,
                NIR,
                note="Same cue; the release gives no figure for obesity.",
            ),
            C(
                "brown fat was the key — the warmer it was, the less work there was for brown fat to do",
                None,
                P,
                "supported",
                rel="A team of Dutch researchers from the Leiden University Medical Center led by Professor Patrick Rensen, set out to investigate if global increases in temperature were contributing to the current type 2 diabetes growth by negatively impacting on glucose metabolism via a reduction in BAT activity.",
                note="'the authors speculated that'; the release gives the same mechanism as the team's hypothesis.",
            ),
        ],
    )
)
