"""Hand annotations of 12 InSciOut dev stories, the fourth blind set (issue 15), by the t15-annot4
session, 2026-11-30, blind to sourcetrace, following ../shared/data/insciout/VERDICTS_GUIDE.md.
Stories drawn by pick_blind4.py (seed 2029); only 12 releases were left to draw from.

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
                rel=("In this study, women with a history of infertility were found", "than non-infertile women."),
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
                rel=("As we enter an era where portable technology", "dynamic solution to type 2 diabetes management."),
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
                rel=("A systematic review of 14 previous studies found that all had reported", "of about 0.5%."),
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
                rel=("This research highlights the importance of wider social", "low levels of physical activity."),
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
                rel=("The study, conducted in England and published in the open access journal BMC Public Health", "effectively multiply the risks of ill health."),
                how="other",
                note="'the first study of its kind concludes'. The release says deprived heavy drinkers more often combine drinking with other risky behaviours, which multiply the risks; it does not say the affluent 'can get away with drinking too much' (Bellis says the opposite in the same story). 'first study of its kind' is not in the release.",
            ),
            C(
                "they have an answer: poorer drinkers are more likely get sick because they also tend to be overweight smokers who do not eat their greens, magnifying their risks",
                BA,
                O,
                "supported",
                rel=("New research from a collaboration including Bangor University", "the alcohol harm paradox."),
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
                rel=("The researchers found that people living in deprived areas who drank at levels consistent with increased risks to health", "more than 14 units per week"),
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
                rel=("Ultra-processed foods are formulations of several ingredients.", "designed to mimic the qualities of 'real foods'."),
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
                rel=("Furthermore, the proportion of people exceeding the recommended upper limit", "among those who ate the most ultra-processed foods."),
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
                rel=("Several leading health bodies, including the World Health Organization", "and tooth decay."),
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
