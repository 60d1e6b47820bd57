package demo

// storiesEN returns the English demo stories; each one translates the Dutch
// story with the same Key.
func storiesEN() []Story {
	return []Story{
		{
			Key:              "samira-el-idrissi",
			Lang:             "en",
			Slug:             "samira-policy-advisor",
			PersonName:       "Samira El Idrissi",
			Role:             "Senior policy advisor",
			Department:       "Citizens' Affairs Directorate",
			PortraitAlt:      "Illustration of Samira: a woman wearing a dark blue headscarf and an ochre jumper, against a light green background.",
			Quote:            "Here I don't have to choose between who I am and what I can do. That sounds obvious, but for a long time it wasn't for me.",
			Intro:            "Samira El Idrissi (34) is a senior policy advisor at the Citizens' Affairs Directorate, working on public services that everyone can reach. She grew up in Overvecht, a district of Utrecht, the daughter of parents from the north of Morocco. A conversation about doubts when applying, Ramadan during a parliamentary debate and why perspective is not an optional extra.",
			Themes:           []string{"culturele-achtergrond", "geloof"},
			Featured:         true,
			PublishedDaysAgo: 10,
			BodyMarkdown: `### How did you end up at the ministry?

Honestly, by a roundabout route. I studied public administration and then worked for five years at a municipality, in social services. A ministry always felt like something for *other* people: people whose father was a civil servant too, who know their way around The Hague. A former colleague forwarded me the vacancy with the message "this is just you". I left it for three days before I dared to apply.

### Did your headscarf play a part in that doubt?

Yes, and I don't want to make it sound nicer than it is. As a student I applied for internships where I felt the interview was over the moment I walked in. You can never prove that, but you carry it with you. When I applied here, the panel included someone from outside the directorate, and every candidate got the same questions. That sounds like a small thing, but it put me at ease: I was judged on what I said, not on how I looked.

### What does an ordinary working day look like?

There isn't really such a thing. At the moment I'm working on a bill that requires public services to offer personal contact alongside the digital route. I talk to the agencies that deliver services, to advocacy groups and to people who get stuck in online forms. I turn that into a briefing for the minister. The best moment is when I see a story from one of those conversations come back in a letter to parliament.

### Do you notice your background adds something?

Definitely. I was twelve when my parents started handing me letters from the government to read out. I know what it feels like when an envelope from the tax office lies on the table and nobody dares to open it. When we talk about "the citizen" in a meeting, I picture my mother. Colleagues ask about it now, too: "Samira, how would this land with your aunt?" I don't mind that, as long as I'm not the only one expected to bring that perspective.

### How does your team deal with your faith?

Very practically. I pray in the quiet room on the second floor, which I share with a colleague who meditates there. During Ramadan I start earlier and go home earlier. I agreed that with my manager without it turning into a big conversation. Last year a parliamentary debate fell exactly at the time of iftar. My team leader had brought dates to the civil servants' bench in the chamber. I won't forget that in a hurry.

### What would you say to someone who is hesitating?

That doubt is normal, but it's a poor advisor. Look up someone who already works here, on LinkedIn or through one of the staff networks. I'm active in our staff network for colleagues of colour and I'd be happy to have a coffee with you. And read a vacancy as an invitation, not as a list of requirements you have to meet one hundred per cent. I had to hear that a few times myself before I believed it.`,
		},
		{
			Key:              "daan-verbeek",
			Lang:             "en",
			Slug:             "daan-it-architect",
			PersonName:       "Daan Verbeek",
			Role:             "IT architect",
			Department:       "Information Services Directorate",
			PortraitAlt:      "Illustration of Daan: a man with short blond hair and glasses, in a dark green jumper, against a light blue background.",
			Quote:            "My autism isn't a problem that needs solving. It's also the reason I spot flaws in a design that others miss.",
			Intro:            "Daan Verbeek (41) is an IT architect at the Information Services Directorate, designing how the ministry's systems work together safely. He was diagnosed with autism at thirty-five. He explains why he chose to talk about it at work and what changed afterwards.",
			Themes:           []string{"neurodiversiteit"},
			PublishedDaysAgo: 28,
			BodyMarkdown: `### What does an IT architect do at a ministry?

I make sure we don't reinvent the wheel every time. A ministry has dozens of systems: for grants, for legislation, for human resources. When something new is added, I look at how it fits with what is already there, what data it needs and how we protect that data. I draw a lot. Colleagues tease me about my diagrams, but every one of them uses them.

### When did you find out you are autistic?

At thirty-five, after a burnout at my previous employer. I worked in an open-plan office wearing headphones, had six meetings a day and came home in the evening with no energy for anything. I thought I was simply worse at coping with busyness than other people and that I had to adapt better. At first the diagnosis felt like a label. Later it felt more like a manual.

### Did you mention it when you applied here?

Not in my letter, but I did in the second interview. I asked whether I could have the questions on paper beforehand, because that lets me show what I can do. That was fine, no fuss. Later I heard that an adjustment like that is quite normal in selection procedures here. It gave me the confidence to raise other things afterwards too.

### Which adjustments help you?

They are small things, and they cost next to nothing:

- a fixed desk in the quiet zone, instead of a different hot desk every day;
- meetings with an agenda, and if there isn't one I can ask for it without it being odd;
- two days working from home, on fixed days;
- written feedback from my manager, followed by a conversation.

That last one was my own idea. I do hear spoken criticism, but I only process it a day later. This way we are both talking about the same thing.

### How did your colleagues react?

In different ways. Most of them simply found it interesting. A few weeks later one colleague told me his daughter is autistic too, and that he was relieved someone talked about it so plainly. There was also someone who said: "But you're really sociable, aren't you?" I hear that a lot. I *can* be sociable; it just costs me more energy than it costs you.

### What makes you a good architect?

I see patterns. When someone presents a new system, I often see within a few minutes where data is stored twice or where a connection is fragile. I say so, too, sometimes more directly than people are used to. My team has learned that it isn't an attack. I have learned to add "good point, by the way" when I like something. That works better than I expected.

### What would you like readers to take away?

If you are neurodivergent: you don't have to tell anyone, and certainly not straight away. But if you do, it can give you a lot of room. And if you are a manager: ask what someone needs instead of guessing. The answer is usually simpler than you think.`,
		},
		{
			Key:              "ingrid-bakker",
			Lang:             "en",
			Slug:             "ingrid-inspector",
			PersonName:       "Ingrid Bakker",
			Role:             "Inspector",
			Department:       "Public Services Inspectorate",
			PortraitAlt:      "Illustration of Ingrid: a woman with grey bobbed hair, glasses and earrings, in a dark red jacket, against a soft pink background.",
			Quote:            "At fifty-six I thought nobody was waiting for me any more. It turned out to be exactly the other way round.",
			Intro:            "Ingrid Bakker (59) was a district nurse in Zwolle for thirty years. Three years ago she moved to the Public Services Inspectorate, where she oversees how municipalities and public agencies treat the people they serve. On applying for jobs in your fifties, learning new systems and what life experience is worth.",
			Themes:           []string{"leeftijd", "gender"},
			PublishedDaysAgo: 70,
			BodyMarkdown: `### Why did you want something different after thirty years?

I loved working in the community, but my back started to complain. And I noticed that I was mostly getting angry at the systems around people. I saw older people lose their benefits because they didn't understand a form. At some point I thought: I don't just want to put plasters on things, I want to know why it goes wrong.

### What was it like to apply for a job at fifty-six?

Nerve-racking. I hadn't written an application letter since 1994. My daughter rewrote my CV, because according to her there was too much in it and too little that mattered. I expected my age to be a problem. Instead, the interview asked about situations where I had to switch between a family, a GP and a municipality. That's exactly what an inspector does as well. I got the job, together with a colleague aged 27. These days we call ourselves "the intake".

### What was hardest at the start?

The systems, no doubt about it. I had to learn to work with a case management system, with Teams, with a digital signature. In the first six months I sometimes felt just as clumsy as the people I used to help. What helped:

- a colleague who sat down with me for an hour every Friday afternoon for a month;
- a course at the government's training academy, alongside people of all ages;
- our team's rule that you can ask any question, even for the third time.

### What do you bring that younger colleagues might not?

I have sat in a great many kitchens. I know how it sounds when someone says they're fine and they're not. That helps on an inspection visit: I hear what is *not* being said. At the same time I learn a lot from my young colleagues. They read a dataset faster than I read a letter. That combination makes our team strong, and our team leader says so out loud.

### Do you notice being a woman of almost sixty?

Sometimes. At a conference I was once mistaken for the secretary of my younger male colleague. He corrected it straight away, which I appreciated. Within the inspectorate I notice it very little. People here even talk openly about the menopause, which would have been unthinkable ten years ago. When I was sleeping badly for a while, I worked fewer hours for two months. That was fine, no discussion.

### What do you say to people in their fifties who are hesitating?

That you are not too old to learn, and not too old to be wanted. Government needs people who know what life looks like outside The Hague. Write that letter. And let your children check your CV.`,
		},
		{
			Key:              "kofi-mensah",
			Lang:             "en",
			Slug:             "kofi-data-analyst",
			PersonName:       "Kofi Mensah",
			Role:             "Data analyst",
			Department:       "Strategy and Analysis Directorate",
			PortraitAlt:      "Illustration of Kofi: a man with close-cropped black hair, in a blue shirt, against a light yellow background.",
			Quote:            "At home, the government was something you got letters from. Now I help decide which questions we ask of the data.",
			Intro:            "Kofi Mensah (29) grew up in Amsterdam Zuidoost, the son of a Ghanaian mother who cleaned offices. He was the first in his family to go to university. Today he works as a data analyst at the Strategy and Analysis Directorate, researching who does and doesn't reach government services.",
			Themes:           []string{"culturele-achtergrond", "sociale-achtergrond"},
			PublishedDaysAgo: 100,
			BodyMarkdown: `### How did you become a data analyst?

Via pre-vocational secondary school, then senior general secondary, a university of applied sciences and only after that econometrics. My careers adviser at school thought the academic route was "perhaps aiming a bit high". My maths teacher disagreed. He even came with me to the meeting with my mother. Without him I wouldn't be here, and I still often think about how thin that thread was.

### What exactly do you do?

I analyse data to make policy better. Right now I'm researching which groups of people drop out when they apply for a government scheme. I work with anonymised data and we are very strict about privacy: we want to understand groups, never track individuals. After the childcare benefits scandal that is self-evident for everyone here. For me it's personal too, because I know families who were affected by it.

### How did you feel in your first weeks?

Like a guest. Everyone seemed to know each other, everyone talked about "the SG" and "the DG" and I had no idea who they were. At my first after-work drinks the conversation was about sailing and skiing. I have never skied. I mostly stayed near the snacks. That sounds funny, but it made me insecure: do I belong here?

### What changed that feeling?

Three things. A buddy in my team who explained how the organisation works and who you call for what. The cross-mentoring programme, which paired me with a director from another ministry, a woman with a Surinamese background who knew exactly what I was talking about. And my first analysis that ended up in a letter to parliament. Then I thought: my work matters, so I do too.

### Do you notice your background influencing your work?

Yes. When we look at figures on who doesn't apply for a scheme, I know it's often not unwillingness. It's shame, letters that are too difficult, a phone number nobody answers. I ask the data different questions than a colleague who grew up in Wassenaar would. That's not a criticism; it's exactly why you want a diverse team. Data are never neutral: the questions you ask determine what you find.

### What would you tell your younger self?

That you don't have to pretend you already know everything. Nobody here knows everything. Ask what an abbreviation means. Go to the drinks, even if you don't ski. And look for the people who were once the first, too. They are there, and they are happy to help.`,
		},
		{
			Key:              "lotte-de-vries",
			Lang:             "en",
			Slug:             "lotte-legal-counsel",
			PersonName:       "Lotte de Vries",
			Role:             "Legal counsel",
			Department:       "Legal Affairs Directorate",
			PortraitAlt:      "Illustration of Lotte: a woman with long brown hair and earrings, in a purple V-neck jumper, against a soft pink background.",
			Quote:            "My wheelchair is the first thing people see. I make sure it isn't the only thing they remember.",
			Intro:            "Lotte de Vries (32) is legal counsel at the Legal Affairs Directorate, advising on liability and European law. She has used a wheelchair since a car accident when she was nineteen. She talks about a job interview on the third floor, an adapted workplace and the difference between accessible on paper and accessible in real life.",
			Themes:           []string{"beperking"},
			Featured:         true,
			PublishedDaysAgo: 1,
			BodyMarkdown: `### What do you do as legal counsel?

I answer the question "is this allowed?", and more and more often the question "how can we make this work?". Policy directorates come to me with a plan and I look at where the legal risks are: European rules, privacy, liability. Sometimes that means I have to slow a plan down. When that happens, I always try to come up with an alternative. Anyone can say no.

### How did your application go?

It started with a practical problem. The invitation said the interview was on the third floor, but not that the lift in that part of the building was out of service. Luckily I had called to ask about accessibility. The recruiter was shocked, arranged a different room and took the issue to facilities management. Nowadays every invitation includes a line about the adjustments you can ask for. I like to think my interview may have contributed to that.

### What do you need to work well?

Less than people think. A height-adjustable desk, a fixed parking space close to the entrance and an accessible toilet on my floor. That was all arranged within two weeks. What took longer was getting colleagues to realise that "a quick chat in the other wing" means a ten-minute detour for me. We are good at that now. We plan meetings where everyone can get to easily, and if that isn't possible, I join online.

### How do people react to you?

Mostly very normally. Sometimes it's awkward: people who talk to my colleague instead of to me, or who start pushing my chair without asking. I say something when that happens, with humour if I can. Within my directorate such moments have become rare. That's partly because I'm not the only one: our network for colleagues with a disability now has more than sixty members.

### What do you do in that network?

We act as a sounding board for the organisation. We gave input on the renovation of the entrance hall, we test intranet pages with screen readers and we advise HR on recruitment. The best part is that we also simply have fun. Once a year we go out for dinner together, somewhere we have checked out ourselves beforehand.

### What would you like to tell candidates with a disability?

Ask for what you need, during the application and afterwards. You are not a burden, you are a candidate. Good employers want to know, because they want the best people, and that might well be you. And if an organisation reacts badly, that tells you something too.`,
		},
		{
			Key:              "esther-boateng",
			Lang:             "en",
			Slug:             "esther-director",
			PersonName:       "Esther Boateng",
			Role:             "Director",
			Department:       "Digital Government Directorate",
			PortraitAlt:      "Illustration of Esther: a woman with black curly hair in an afro and earrings, in a blue blazer, against a sand-coloured background.",
			Quote:            "When I started, I was often the only woman and the only Black person in the meeting. Now I sit at the head of the table, and I watch out for who is still missing.",
			Intro:            "Esther Boateng (48) has been Director of Digital Government for three years. She leads more than a hundred and twenty people working on safe, understandable digital services for everyone. She grew up in Rotterdam in a family with Ghanaian roots and started her career as a programmer.",
			Themes:           []string{"gender", "culturele-achtergrond"},
			PublishedDaysAgo: 85,
			BodyMarkdown: `### How do you become a director at a ministry?

In my case, not according to plan. I studied computer science in Delft, was one of four women in my year and then worked as a programmer at a bank. I moved to government because I wanted to build something that works for everyone, not just for customers with money. I became a team leader because nobody else wanted to, and found that I enjoyed helping people grow. From there it went step by step.

### What does a Director of Digital Government do?

I make sure people can deal with the government online, safely and in a way they understand, and that there is an alternative for anyone who can't or won't. I talk to the minister, to the agencies that deliver services, to European counterparts and to my own teams. My diary is full, but every week I keep an hour free to drop in on a team unannounced. That's where I hear what is really going on.

### Have you faced obstacles as a woman of colour?

Yes. Rarely openly, but in small things. People asking me in a meeting whether I would take the minutes. A visitor who shook hands with my male colleague and walked straight past me. Doubts about my "technical background", when I had written more code than most people in that room. You grow a thick skin. But I don't want young women to need that thick skin.

### What do you do about it yourself?

I pay attention to who is at the table and who isn't. For vacancies in my directorate I review the text and the make-up of the selection panel. We use fixed questions and a scorecard, so that "a good feeling" doesn't tip the balance. And I'm a mentor in the cross-mentoring programme. I learn at least as much there as my mentees do.

### How do you combine this job with your family?

With help and with boundaries. My husband works four days a week, I sometimes work five. Wednesday afternoon is for my youngest, and my office doesn't schedule anything then. Everybody knows that, and because of it others dare to set their own boundaries too. As a director you set an example, whether you want to or not.

### What would you like to tell young women in tech?

That government is one of the best places to work in technology, because what you build is for everyone. Apply even if you don't meet every requirement; men do. And besides a mentor, find a sponsor: someone who mentions your name in the rooms you're not in yet.`,
		},
		{
			Key:              "alex-de-graaf",
			Lang:             "en",
			Slug:             "alex-security-officer",
			PersonName:       "Alex",
			Role:             "Information security officer",
			Department:       "Operations Directorate",
			PortraitAlt:      "Illustration of Alex: a person with short dyed purple hair and glasses, in a grey turtleneck, against a light yellow background.",
			Quote:            "I'm non-binary. All I ask is that you say 'they' instead of 'he' or 'she'. The rest of the time we just talk about phishing.",
			Intro:            "Alex (35) is an information security officer at the Operations Directorate, making sure the ministry can withstand hackers, data breaches and carelessness. Alex is non-binary and uses they/them pronouns. A conversation about security, language and patience.",
			Themes:           []string{"lhbtiq", "gender"},
			PublishedDaysAgo: 135,
			BodyMarkdown: `### What do you do as an information security officer?

I help the ministry work securely without making the work impossible. That means carrying out risk assessments, handling incidents and training colleagues. Most of the work isn't about technology but about behaviour. A strong password doesn't help much if someone leaves an unlocked laptop on the train. That's why I run phishing exercises. Colleagues sometimes find me annoying for it, and that's perfectly fine.

### What was your first encounter with the ministry like?

I had put my pronouns under my name in my application letter. That was a test, I admit. In the invitation the recruiter wrote "Dear Alex" instead of "Dear Sir or Madam", and at the start of the interview the chair of the panel asked how I would like to be addressed. A small effort. For me it meant I could talk about my profession in a relaxed way.

### Does it always go well?

No. Colleagues make mistakes, and I don't mind. Someone says "he", corrects themselves and carries on. Fine. Harder are forms with only "male" or "female", or systems that automatically put a salutation in a letter. I took that up with HR and facilities. Now you can choose your own salutation in the HR system, or none at all, and internal letters simply use your name.

### Is it tiring to keep explaining who you are?

Sometimes. I have learned that I don't need to convince everyone. I'm happy to explain to anyone who is genuinely curious, but I'm not an information leaflet. The ministry's LGBTIQ+ network helps: there I don't have to explain anything. And my team leader sometimes takes over when I'm not in the mood. She simply says: "Alex uses they and them, that's all."

### What does security have to do with inclusion?

More than you might think. If people don't feel safe reporting a mistake, you hear about a data breach too late. An organisation where you can be yourself is also an organisation where you dare to say that you clicked on the wrong link. That isn't a soft story: I see it in the number of reports we receive in time.

### What would you like readers to remember?

That you don't have to get everything right to be a good colleague. Listen, ask, make mistakes and carry on. And if you are non-binary or trans yourself and hesitant to apply: you are welcome in information security. We need people who are used to looking critically at systems. That's something we have plenty of practice in.`,
		},
	}
}
