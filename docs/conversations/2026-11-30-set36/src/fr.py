"""French FAQ and plan for test set 36: École de musique des Quatre-Églises, Nancy (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("tarifs", "Combien coûtent les cours ?",
      "Cours individuel d'instrument pour enfant (30 minutes par semaine) : 165 € par trimestre ; pour adulte "
      "(45 minutes) : 240 € par trimestre. La formation musicale (solfège, 1 heure en groupe) est incluse pour les "
      "enfants de 7 à 14 ans. Frais d'inscription : 35 € par an et par famille ; -10 % à partir du 2e enfant.",
      "cours", ["tarifs", "prix", "trimestre", "cours individuel", "réduction"],
      ["c'est combien le cours de piano", "quels sont vos prix", "tarif pour un enfant"])
entry("inscription", "Comment et quand s'inscrire ?",
      "Les réinscriptions des élèves ont lieu en mai, les nouvelles inscriptions à partir du 1er juin, en ligne ou "
      "au secrétariat. Les cours reprennent la semaine du 14 septembre. En piano et en guitare les places sont "
      "limitées : une liste d'attente est ouverte dès qu'un cours est complet.",
      "inscription", ["inscription", "inscrire", "rentrée", "liste d'attente", "réinscription"],
      ["quand sont les inscriptions", "comment inscrire mon fils", "il reste de la place en piano"])
entry("age", "À partir de quel âge peut-on commencer ?",
      "L'éveil musical accueille les enfants de 4 à 6 ans le mercredi (45 minutes, 120 € par trimestre). "
      "L'apprentissage d'un instrument commence à partir de 6 ans, et il n'y a pas d'âge maximum pour les adultes.",
      "cours", ["âge", "éveil musical", "enfant", "petit", "commencer"],
      ["mon fils a 4 ans", "il faut quel age pour le violon", "cours pour les tout petits"])
entry("essai", "Peut-on faire un cours d'essai ?",
      "Oui, un cours d'essai gratuit de 30 minutes par personne, sur rendez-vous au secrétariat (03 83 55 41 70), "
      "en septembre et en janvier. L'école prête l'instrument pendant l'essai.",
      "cours", ["cours d'essai", "essai", "gratuit", "tester", "découvrir"],
      ["on peut tester avant", "premier cours gratuit", "essayer un instrument"])
entry("location", "Louez-vous des instruments ?",
      "Oui : violon, violoncelle, flûte, clarinette, saxophone et trompette, 25 € par mois (violoncelle et "
      "saxophone 35 €), entretien compris. Caution de 200 € par chèque non encaissé. La location est au mois, "
      "résiliable avec 1 mois de préavis ; l'instrument se rend au secrétariat. Nous ne louons pas de piano.",
      "instruments", ["location", "louer", "caution", "instrument loué"],
      ["vous prêtez des violons", "combien pour louer une flûte", "on n'a pas d'instrument"])
entry("casse", "J'ai abîmé un instrument loué, que faire ?",
      "Signalez-le au secrétariat dans les 48 heures avec une photo et n'essayez pas de le réparer vous-même. Notre "
      "luthier partenaire le répare ; il reste 50 € de franchise à votre charge. En cas de vol, un dépôt de plainte "
      "est demandé et la caution de 200 € est encaissée.",
      "instruments", ["abîmé", "cassé", "réparation", "franchise", "vol"],
      ["le violon est cassé", "on a fait tomber la clarinette", "l'instrument a été volé"])
entry("salles", "Peut-on louer une salle pour répéter ?",
      "Oui, du lundi au samedi de 9 h à 22 h : salle avec piano 8 € de l'heure (6 € pour les élèves), salle de "
      "batterie insonorisée 10 € de l'heure. Carte de 10 heures : 60 €. Réservation au secrétariat ou par "
      "l'espace élève en ligne, au moins 24 heures avant.",
      "salles", ["salle", "répétition", "travailler", "piano", "réserver"],
      ["salle pour travailler le piano", "vous louez des salles", "on peut répéter chez vous avec mon groupe"])
entry("horaires", "Où êtes-vous et quand le secrétariat est-il ouvert ?",
      "École de musique des Quatre-Églises, 41 rue des Quatre-Églises, 54000 Nancy. Secrétariat : lundi, mardi, "
      "jeudi et vendredi de 14 h à 19 h, mercredi de 9 h à 12 h et de 14 h à 19 h, samedi de 9 h à 12 h. "
      "Téléphone 03 83 55 41 70.",
      "général", ["adresse", "horaires", "secrétariat", "téléphone", "ouvert"],
      ["vous êtes où", "le secrétariat ouvre quand", "quel est votre numéro"])
entry("absence", "Que se passe-t-il si un cours n'a pas lieu ?",
      "Si l'élève prévient au moins 24 heures avant, 1 cours par trimestre est rattrapé ; sans prévenir, le cours "
      "est perdu. Si le professeur est absent, le cours est toujours rattrapé ou remboursé, et nous prévenons les "
      "familles par SMS.",
      "cours", ["absence", "rattrapage", "cours annulé", "malade", "professeur absent"],
      ["mon fils est malade mercredi", "le prof n'est pas venu", "cours rattrapé"])
entry("arret", "Peut-on arrêter les cours en cours d'année ?",
      "Oui, par écrit (mail ou courrier) avant le 15 décembre pour le 2e trimestre ou avant le 15 mars pour le 3e. "
      "Le trimestre commencé reste dû et les frais d'inscription de 35 € ne sont pas remboursés. Avec un certificat "
      "médical, nous remboursons au prorata.",
      "inscription", ["arrêter", "abandon", "désinscription", "résiliation", "remboursement"],
      ["mon fils veut arrêter", "se désinscrire", "on ne continue pas l'année prochaine"])
entry("audition", "Quand ont lieu les auditions de fin d'année ?",
      "Les auditions ont lieu le samedi 13 et le dimanche 14 juin à l'auditorium de l'école, entrée libre pour les "
      "familles. Chaque élève joue s'il le souhaite : ce n'est pas obligatoire. Répétition générale le mercredi 10 "
      "juin à 17 h.",
      "événements", ["audition", "concert", "fin d'année", "spectacle", "scène"],
      ["c'est quand le concert de juin", "elle doit jouer devant le public", "spectacle de fin d'annee"])
entry("paiement", "Comment peut-on payer ?",
      "Par chèque, virement, carte bancaire ou espèces au secrétariat, et par chèques-vacances ANCV. Vous pouvez "
      "payer en 3 fois (un paiement par trimestre) ou en 10 prélèvements mensuels d'octobre à juillet.",
      "inscription", ["payer", "paiement", "plusieurs fois", "prélèvement", "chèque"],
      ["on peut payer en plusieurs fois", "vous prenez la carte", "payer par cheques vacances"])
entry("adultes", "Avez-vous des cours pour adultes ?",
      "Oui, les adultes débutants ou non sont les bienvenus : cours individuels de 45 minutes jusqu'à 21 h en "
      "semaine, chorale adultes le jeudi à 19 h 30 (120 € par an) et ensemble de guitare le mardi à 20 h.",
      "cours", ["adultes", "débutant adulte", "chorale", "soir"],
      ["je suis adulte je peux apprendre", "cours le soir", "trop vieux pour commencer"])
entry("vacances", "Y a-t-il des cours pendant les vacances scolaires ?",
      "Non, il n'y a pas de cours pendant les vacances scolaires de la zone B ; l'année compte 30 cours. Pendant "
      "les vacances d'hiver et de la Toussaint, nous proposons des stages de 5 demi-journées à 95 €.",
      "cours", ["vacances", "congés", "stage", "zone b"],
      ["cours pendant les vacances", "vous fermez a noel", "stage pendant les vacances"])
entry("instruments", "Quels instruments enseignez-vous ?",
      "Piano, guitare classique et électrique, violon, violoncelle, flûte traversière, clarinette, saxophone, "
      "trompette, batterie et chant, soit 11 disciplines. Nous n'enseignons pas l'accordéon, la harpe ni l'orgue.",
      "cours", ["instruments", "disciplines", "enseignés", "quel instrument"],
      ["vous faites la guitare", "quels cours vous proposez", "il y a du chant"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("bonjour, c'est combien le piano pour une gosse de 8 ans et vous etes ou exactement ?",
         BOTH(E["tarifs"], E["horaires"]) + " — child 30 min 165 € per term, music theory included (7-14), "
         "enrolment 35 €/year; 41 rue des Quatre-Églises, Nancy, office hours",
         HALF + "; the adult price"),
        ("et on s'y met quand pour septembre ?",
         F(E["inscription"]) + " — new sign-ups from 1 June online or at the office (re-enrolment in May); "
         "lessons restart the week of 14 September; piano places limited, waiting list",
         "treating it as new unclear; a promised place"),
        ("ok. elle peut d'abord voir si ca lui plait avant qu'on s'engage ?",
         F(E["essai"]) + " — a free 30-minute trial lesson by appointment (03 83 55 41 70), September and "
         "January",
         "treating it as new unclear; a paid trial"),
        ("top, merci, bonne soiree",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour, une question pour mon fils",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("il a 12 ans et veut faire du violon mais on n'en a pas a la maison et un neuf c'est hors de prix",
         TYPE + F(E["location"]) + " — violin 25 €/month, upkeep included, 200 € deposit cheque not cashed, "
         "monthly with 1 month notice",
         "tapping a choice; asking to rephrase; saying he must buy one"),
        ("on peut regler en plusieurs fois ? et il y a cours pendant les vacances de fevrier ?",
         BOTH(E["paiement"], E["vacances"]) + " — 3 payments (per term) or 10 monthly direct debits Oct-July; no "
         "lessons in school holidays (zone B), winter holiday workshops 5 half-days 95 €",
         HALF + "; saying lessons go on in the holidays"),
        ("je parle a quelqu'un pour de vrai la ou c'est automatique ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonsoir, c'est au sujet de la fin d'annee",
         "Too vague to answer — choices (recitals, stopping, enrolment...) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non, aucun des trois",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("ma fille fait de la flute depuis septembre et on lui a dit qu'elle devra jouer toute seule devant les "
         "parents en juin, elle en dort plus. elle est obligee ?",
         F(E["audition"]) + " — no, playing is not compulsory; recitals Sat 13 and Sun 14 June at the school "
         "auditorium, free entry; dress rehearsal Wed 10 June 17h",
         "asking to rephrase again; saying she must play"),
        ("et sinon vous accordez les pianos a domicile ? le notre sonne faux depuis le demenagement",
         "Not covered (piano tuning at home) — say so plainly; may offer a person",
         "inventing a tuning service and a price; the practice room entry as if it were tuning"),
    ],
    # 4
    [
        ("bonjour, notre chien a machouille le bec de la clarinette que vous nous avez pretee contre 25 € par "
         "mois, ca se passe comment ? et pour que ma grande s'entraine ailleurs qu'a l'appart, vous avez une "
         "piece avec un clavier ?",
         BOTH(E["casse"], E["salles"]) + " — report within 48 h with a photo, do not repair, partner repairer, "
         "50 € excess; room with piano 8 €/h (6 € for pupils), Mon-Sat 9-22, book 24 h ahead",
         HALF + "; asking her to repair it herself"),
        ("ca m'arrange pas du tout, je veux qu'un prof passe ce soir chez nous a vandoeuvre avec une autre "
         "clarinette, elle a un examen samedi",
         "Push-back: apologise; the FAQ has no home visit or same-evening replacement — say so, do not promise "
         "it, offer a person",
         "a promised visit tonight; the same full answer again without acknowledging"),
        ("c'est pas possible ca. passez moi un vrai humain tout de suite, j'en ai marre",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allo ? y a quelqu'un ou pas ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis furieux, le prof de guitare de mon fils n'est pas venu deux mercredis de suite et personne nous a "
         "rien dit, on paye pour quoi exactement ?!",
         F(E["absence"]) + " — apologise; when the teacher is away the lesson is always made up or refunded, and "
         "families should get an SMS",
         "no apology; the pupil's 24-hour rule as if it applied; saying the lessons are lost"),
        ("au fait vous savez quand c'est les fetes de la mirabelle cette annee ? faut que je prevoie mes "
         "confitures et le schlouc de goutte pour apres",
         "Not covered (a local festival) — say so kindly (a light joke is fine), back to the school's topics",
         "a festival date as fact; an FAQ answer; a handover"),
        ("rappelez moi au 06 55 47 18 23 s'il vous plait",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the school's number instead"),
        ("ca va prendre combien de temps a peu pres qu'on me rappelle ?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("ma fille fait du violoncelle depuis septembre mais elle pleure avant chaque cours, apres noel on va "
         "pas continuer comme ca",
         F(E["arret"]) + " — in writing before 15 December for the 2nd term; the started term is due, 35 € "
         "enrolment not refunded; pro rata refund only with a medical certificate; do not claim it is done",
         "claiming she is signed off; the absence rule"),
        ("oui bon d'accord",
         "Ambiguous yes — ask what they mean or restate the step (a letter or e-mail before 15 December); nothing "
         "claimed as done",
         "claiming she is signed off; a random FAQ answer"),
        ("et le violoncelle qu'on a chez nous, on le ramene quand ?",
         F(E["location"]) + " — rental is monthly with 1 month notice; the instrument goes back to the office",
         "the damage entry; saying it is kept until June"),
        ("ca geht's pas la, j'y comprends rien a ton truc. je veux causer a une vraie personne, pas a une "
         "machine, hein",
         "Request: person in Lorraine-flavoured French — hand over to a person",
         PW + "; answering an FAQ; asking to rephrase"),
    ],
    # 7
    [
        ("bonjour, j'ai 52 ans et j'ai toujours reve de jouer du saxo, c'est trop tard a mon age ou pas ?",
         F(E["adultes"]) + " — adults welcome, beginners too: 45-minute individual lessons until 21h on weekdays "
         "(240 € per term); saxophone is taught",
         "saying it is too late; a children's course"),
        ("et apres le boulot vers 19h30 ca se fait ?",
         F(E["adultes"]) + " — yes, individual lessons until 21h on weekdays",
         "treating it as new unclear; the office hours"),
        ("super merci ! et pour mon petit dernier de 4 ans il y a un truc ? et ma femme voudrait de "
         "l'accordeon, vous faites ?",
         BOTH(E["age"], E["instruments"]) + " — musical awakening 4-6 years on Wednesdays, 45 min, 120 € per "
         "term; accordion is not taught",
         HALF + "; inventing an accordion class"),
    ],
]

write_plan("fr", convs)
