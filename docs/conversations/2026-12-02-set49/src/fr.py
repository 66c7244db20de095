"""French FAQ and plan for test set 49: Bateau École du Lagon (boating-licence school), Nouméa, New Caledonia,
made up. Customers write Caledonian French (Caldoche words); the FAQ is standard French (`vous`, F CFP, a space
before `?`). Served as fr.
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("types", "Quels permis bateau préparez-vous ?",
      "Nous préparons le permis côtier (navigation jusqu'à 6 milles d'un abri, moteur de plus de 6 CV) et "
      "l'extension hauturière (sans limite de distance), qui demande d'avoir déjà le permis côtier. Nous ne "
      "préparons pas le permis fluvial.",
      "formations", ["permis côtier", "hauturier", "extension", "milles", "formation"],
      ["quel permis pour naviguer dans le lagon", "c'est quoi la différence côtier hauturier", "permis pour aller au large"])
entry("prix", "Combien coûte le permis côtier ?",
      "La formation au permis côtier coûte 89 000 F CFP : 5 heures de théorie en salle, l'accès aux tests en ligne "
      "et 3 heures 30 de pratique sur notre bateau. Il faut ajouter le timbre fiscal de 9 500 F CFP pour l'examen. "
      "L'extension hauturière coûte 65 000 F CFP.",
      "tarifs", ["prix", "tarif", "coût", "timbre", "combien"],
      ["combien pour le permis", "tarif extension hauturière", "c'est combien la formation"])
entry("conditions", "Quel âge faut-il avoir et quels documents faut-il fournir ?",
      "Il faut avoir 16 ans le jour de l'examen. Apportez une pièce d'identité, 2 photos d'identité récentes, un "
      "certificat médical de moins de 6 mois et, pour les mineurs, une autorisation des parents. Il n'est pas "
      "obligatoire de savoir nager, mais c'est conseillé.",
      "inscription", ["âge", "documents", "certificat médical", "photos", "mineur", "inscription"],
      ["à partir de quel âge", "quels papiers pour s'inscrire", "faut-il un certificat médical"])
entry("theorie", "Comment se passe l'examen théorique ?",
      "C'est un questionnaire de 30 questions ; vous devez avoir au moins 25 bonnes réponses. Les sessions ont lieu "
      "tous les mardis à 8 h aux Affaires maritimes de Nouméa. Nous vous y inscrivons quand vos tests en ligne "
      "dépassent 27 bonnes réponses.",
      "examen", ["examen", "code", "questionnaire", "questions", "théorie"],
      ["comment est le code bateau", "combien de fautes autorisées", "quand passer l'examen"])
entry("duree", "Combien de temps dure la formation ?",
      "Deux formules : le stage intensif sur 3 jours (du lundi au mercredi, chaque semaine) ou la formule soirée sur "
      "2 semaines (théorie les mardis et jeudis de 17 h 30 à 20 h, pratique le samedi matin). Comptez en tout 2 à 3 "
      "semaines jusqu'à l'examen.",
      "formations", ["durée", "stage", "intensif", "soirée", "semaines"],
      ["en combien de temps on a le permis", "stage accéléré", "cours le soir"])
entry("pratique", "Où ont lieu les cours pratiques et que faut-il apporter ?",
      "La pratique se fait sur notre bateau de 6 m (moteur de 115 CV) qui part du ponton C de Port Moselle. Apportez "
      "un chapeau, de la crème solaire, de l'eau et des chaussures fermées. Les gilets de sauvetage sont fournis.",
      "formations", ["pratique", "bateau", "ponton", "port moselle", "apporter"],
      ["d'où part le bateau", "qu'est-ce qu'il faut prendre pour la pratique", "où est le rendez-vous"])
entry("meteo", "Que se passe-t-il en cas de mauvais temps ?",
      "Si le vent dépasse 25 nœuds ou en cas d'alerte météo, la séance de pratique est reportée sans frais. Nous "
      "vous prévenons par SMS au plus tard à 6 h le matin même et vous proposons une nouvelle date dans les 7 "
      "jours.",
      "formations", ["météo", "vent", "alerte", "reportée", "annulée"],
      ["s'il y a trop de vent", "cours annulé à cause du temps", "alerte cyclone"])
entry("paiement", "Comment puis-je payer ?",
      "En espèces, par carte bancaire ou par virement. Vous pouvez payer en 3 fois sans frais : 30 000 F CFP à "
      "l'inscription, le reste en deux mensualités. Les entreprises peuvent payer sur facture à 30 jours.",
      "tarifs", ["paiement", "payer", "carte", "virement", "plusieurs fois"],
      ["payer en plusieurs fois", "vous prenez la carte", "paiement par virement"])
entry("annulation", "Puis-je annuler ou reporter ma formation ?",
      "Vous pouvez annuler ou reporter sans frais jusqu'à 7 jours avant le début. Après, nous gardons 10 000 F CFP. "
      "Une séance de pratique manquée sans nous prévenir 24 heures avant est due. Prévenez-nous au 27 55 41 80 ou "
      "par e-mail.",
      "inscription", ["annuler", "reporter", "désister", "remboursement", "changer de date"],
      ["je ne peux plus venir", "changer la date du stage", "annulation inscription"])
entry("echec", "Que se passe-t-il si j'échoue à l'examen ?",
      "Vous pouvez repasser l'examen théorique dès la session suivante, en payant un nouveau timbre de 9 500 F CFP. "
      "Les tests en ligne restent ouverts 6 mois. Une heure de pratique supplémentaire coûte 12 000 F CFP.",
      "examen", ["échec", "raté", "repasser", "recalé", "rattrapage"],
      ["j'ai raté le code", "repasser l'examen", "combien pour refaire"])
entry("groupes", "Proposez-vous des formations pour les groupes et les entreprises ?",
      "Oui : à partir de 4 personnes inscrites ensemble, 10 % de réduction. Pour les entreprises, nous organisons "
      "des sessions à dates choisies, dans nos locaux à Nouméa, avec facture à 30 jours.",
      "formations", ["groupe", "entreprise", "réduction", "société", "collègues"],
      ["tarif pour plusieurs personnes", "formation pour nos salariés", "réduction groupe"])
entry("perfectionnement", "Proposez-vous des cours de perfectionnement sur mon propre bateau ?",
      "Oui, pour les personnes déjà titulaires du permis : 2 heures de prise en main sur votre bateau pour "
      "15 000 F CFP (manœuvres de port, mouillage, homme à la mer). Pour préparer l'examen, la pratique se fait "
      "toujours sur notre bateau.",
      "formations", ["perfectionnement", "propre bateau", "prise en main", "manœuvres", "mouillage"],
      ["cours sur mon bateau", "j'ai le permis mais je veux m'entraîner", "apprendre à accoster"])
entry("carte", "Quand vais-je recevoir mon permis ?",
      "Après la réussite, vous recevez le jour même une attestation valable 3 mois qui vous permet déjà de "
      "naviguer. La carte définitive arrive par courrier en 4 à 6 semaines. Si elle n'est pas là après 8 semaines, "
      "appelez-nous.",
      "examen", ["carte", "recevoir", "attestation", "courrier", "délai"],
      ["je n'ai pas reçu ma carte", "quand arrive le permis", "attestation provisoire"])
entry("horaires", "Quels sont les horaires du bureau ?",
      "Le bureau à Port Moselle est ouvert du lundi au vendredi de 7 h 30 à 11 h 30 et de 13 h 30 à 17 h, le "
      "samedi de 7 h 30 à 11 h. Téléphone : 27 55 41 80.",
      "contact", ["horaires", "bureau", "ouvert", "téléphone", "adresse"],
      ["vous êtes ouverts quand", "numéro de téléphone", "où est le bureau"])
entry("brousse", "Organisez-vous des sessions en Brousse et dans les îles ?",
      "Oui, une session par mois à Koné et une tous les deux mois à Lifou, en stage intensif de 3 jours, au même "
      "prix qu'à Nouméa. Il faut au moins 5 inscrits ; les dates sont publiées sur notre page Facebook.",
      "formations", ["brousse", "îles", "koné", "lifou", "session"],
      ["vous venez à koné", "formation à lifou", "session dans le nord"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("bonjour ! je voudrais passer le permis pour sortir au phare amédée avec le bateau de mon beau-père, "
         "c'est lequel qu'il me faut et ça revient a combien en tout",
         BOTH(E["types"], E["prix"]) + " — the coastal licence (up to 6 nautical miles from shelter; Amédée "
         "lighthouse is in the lagoon); 89 000 F CFP training plus the 9 500 F CFP exam stamp",
         HALF + "; the offshore extension as the only answer; leaving out the stamp"),
        ("et ca prend combien de temps",
         F(E["duree"]) + " — 3-day intensive (Monday-Wednesday, weekly) or 2-week evening course; 2-3 weeks in all "
         "until the exam",
         NEW + "the exam entry only"),
        ("j'ai 15 ans et demi, j'aurai 16 en mars, c'est bon ? faut ramener quoi comme papiers",
         F(E["conditions"]) + " — 16 on the exam day (so the exam after March); ID, 2 photos, medical certificate "
         "under 6 months, parents' authorisation for minors",
         NEW + "saying 15 is enough; leaving out the parents' authorisation"),
        ("choc, merci. tata !",
         "Small talk: thanks + goodbye ('choc' = great, 'tata' = bye, New Caledonia) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour madame",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("mon stage il a ete repousse 2 fois deja parce que ça soufflait trop, c'est normal ? et je le sais "
         "comment le matin",
         TYPE + F(E["meteo"]) + " — above 25 knots or a weather alert the practice session is moved free; SMS by "
         "6 am the same morning, a new date within 7 days (weather never named)",
         "tapping a choice; asking to rephrase; the cancellation entry"),
        ("ok. et l'examen ecrit c'est comment, y a combien de questions ? vous etes ouverts le samedi pour que "
         "je passe deposer mes photos",
         BOTH(E["theorie"], E["horaires"]) + " — 30 questions, at least 25 right, Tuesdays 8:00 at the Affaires "
         "maritimes in Nouméa; office Saturday 7:30-11:00 (weekdays 7:30-11:30 and 13:30-17:00)",
         HALF + "; inventing hours"),
        ("attends, c'est un vrai gars du bureau qui me repond la ou c'est un robot ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("salut",
         "Too vague to answer (a greeting only) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ça",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "repeating the same choices; a handover; an FAQ answer"),
        ("j'ai eu l'examen il y a 2 mois et toujours rien dans ma boite aux lettres, je peux quand meme sortir "
         "pecher le week end ?",
         F(E["carte"]) + " — the certificate given on the day is valid 3 months and allows sailing; the card comes "
         "by post in 4-6 weeks, call after 8 weeks (2 months is about that: call) (card never named)",
         "the exam entry; saying they may not sail"),
        ("ah ok. vous louez pas des bateaux aussi des fois ? pour aller a l'ilot maitre avec les copains",
         "Not covered (boat rental: near the trade but not offered; 'îlot Maître' = an islet off Nouméa) — say so "
         "plainly; may offer a person",
         "inventing a rental; the improvement-course entry; unrelated choices"),
    ],
    # 4
    [
        ("bonjour, je suis à la mine à thio, on est 6 du meme service qui veulent le permis. vous faites un "
         "geste et on peut regler sur facture par notre boite ?",
         BOTH(E["groupes"], E["paiement"]) + " — from 4 people together 10 % off, company sessions on chosen "
         "dates in Nouméa; companies pay on invoice at 30 days",
         HALF + "; inventing another discount; promising sessions in Thio"),
        ("10 % c'est rien du tout. on veut 40 % et que le moniteur vienne à thio, on va pas descendre à nouméa "
         "pour ça",
         "Push-back: apologise; the FAQ has 10 % from 4 people and company sessions in Nouméa (regional sessions "
         "only in Koné and Lifou), nothing about 40 % or Thio — say so and offer a person",
         "agreeing to 40 % or to Thio; repeating the whole entry without answering"),
        ("bon ça suffit, je perds mon temps avec une machine. passez-moi le responsable de l'école",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("allo ?? y a quelqu'un ?",
         WAIT + WAITING,
         "an FAQ answer; choices; 'nobody is here'"),
    ],
    # 5
    [
        ("C'EST PAS POSSIBLE. 24 sur 30 au code, il me manquait une bonne reponse, alors que vous m'aviez dit que j'étais "
         "prêt !! je dois encore tout repayer ou quoi ??",
         F(E["echec"]) + " — apologise; retake at the next session with a new 9 500 F CFP stamp, the online tests "
         "stay open 6 months (training not paid again); a person may look at it",
         "saying everything must be paid again; the exam-format entry only"),
        ("au fait tu sais c'est quand la foire de bourail cette annee ?",
         "Not covered (unrelated: the dates of the Bourail agricultural fair) — say so kindly",
         "an FAQ answer; choices of entries; invented dates"),
        ("rappelez-moi plutot, 79 55 62 14, après 16h j'ai fini le chantier",
         "Request: callback with number — hand over to a person with the number and 'after 4 pm' kept; no "
         "promise of a time",
         PW + "; asking for the number again; the school's number instead"),
        ("c'est long la, je dois aller chercher les petits a l'ecole dans 10 minutes",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonsoir, finalement ma femme est mutee a lifou en janvier, on part le 5. le stage du 12 janvier ça va "
         "pas le faire du coup",
         F(E["annulation"]) + " — free up to 7 days before the start, after that 10 000 F CFP kept; tell them at "
         "27 55 41 80 or by e-mail; claim nothing as done (may mention the Lifou sessions; cancelling never named)",
         "claiming it is cancelled; saying the money is lost"),
        ("bon ben voila quoi",
         "Ambiguous reply ('well, there you go': resignation or agreement) — ask what they mean or restate the "
         "step; nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("attends, vous faites des sessions la bas a lifou ? et mon beau-frere il a deja le permis mais il veut "
         "apprendre a mouiller sur son bateau a lui",
         BOTH(E["brousse"], E["perfectionnement"]) + " — a session every two months in Lifou (monthly in Koné), "
         "3-day intensive at Nouméa prices, at least 5 people, dates on Facebook; licence holders: 2 hours on their "
         "own boat for 15 000 F CFP",
         HALF + "; saying there is nothing outside Nouméa"),
        ("eh oh cousin, t'es fiu ou quoi ?? je comprends rien a ton charabia. passe-moi un vrai gars du bureau "
         "la, pas une machine",
         "Request: person in Caledonian French ('hey cousin, are you lazy/tired or what? I understand nothing of "
         "your gibberish. put me through to a real guy from the office, not a machine'; 'fiu' = fed up, lazy) — "
         "hand over to a person",
         PW + "; answering an FAQ; small talk about 'fiu'"),
    ],
    # 7
    [
        ("bonsoir. je suis zoreille, arrivé au caillou le mois dernier, j'ai mon côtier de métropole. pour aller "
         "jusqu'aux îles loyauté il me faut un autre papier ?",
         F(E["types"]) + " — the offshore extension (no distance limit), which needs the coastal licence; "
         "65 000 F CFP from the price entry may be added ('zoreille' = someone from mainland France, 'le Caillou' = "
         "New Caledonia; offshore never named)",
         "the coastal-licence course as the answer; the Lifou sessions entry"),
        ("et ça me revient a combien ce truc la",
         F(E["prix"]) + " — offshore extension 65 000 F CFP",
         NEW + "the coastal price only"),
        ("et le bateau de l'école il part d'où ? faut amener quelque chose ? merci bien",
         F(E["pratique"]) + " — 6 m boat (115 hp) from pontoon C at Port Moselle; hat, sun cream, water, closed "
         "shoes; life jackets provided; thanks acknowledged",
         NEW + "no thanks acknowledged; the office hours only"),
    ],
]

write_plan("fr", convs)
