"""French FAQ and plan for test set 25: Écurie des Trois Haies, Éterville near Caen (made up). Run: python3 fr.py"""
from common_a import BOTH, F, TYPE, WAIT, write_faq, write_plan

E = {}
FAQ = []


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("cours", "Combien coûte un cours ?",
      "Un cours collectif d'une heure coûte 24 €, la carte de 10 cours 220 € (valable 6 mois). Un cours "
      "particulier coûte 45 € l'heure. La licence FFE est en plus pour les cavaliers réguliers.",
      "cours", ["tarif", "prix", "cours collectif", "cours particulier", "carte"],
      ["c'est combien l'heure d'équitation", "prix d'une carte de 10 cours"])
entry("niveaux", "Quels niveaux proposez-vous ?",
      "Nous accueillons tous les niveaux, du débutant au Galop 7, enfants comme adultes. Les groupes sont faits "
      "par niveau et par âge, 8 cavaliers maximum. Les examens de Galop sont organisés 2 fois par an, en "
      "décembre et en juin.",
      "cours", ["niveau", "galop", "débutant", "groupe"],
      ["je suis débutant, c'est possible", "vous préparez les galops"])
entry("essai", "Peut-on faire un cours d'essai ?",
      "Oui, un cours d'essai d'une heure coûte 20 €, sans licence ni engagement. Le casque est prêté. "
      "Réservez-le par téléphone au 02 31 26 48 70, de préférence le mercredi ou le samedi.",
      "cours", ["cours d'essai", "baptême", "découverte", "essayer"],
      ["on peut tester avant de s'inscrire", "premier cours pour voir"])
entry("poneys", "À partir de quel âge les enfants peuvent-ils monter ?",
      "Dès 3 ans avec le baby poney : séances de 30 minutes à 15 €, le mercredi et le samedi matin, un parent "
      "reste à côté. De 6 à 12 ans, les enfants montent au poney club en cours collectif.",
      "cours", ["âge", "baby poney", "poney club", "enfant"],
      ["mon fils a 4 ans, il peut monter", "à quel âge on commence l'équitation"])
entry("stages", "Organisez-vous des stages pendant les vacances ?",
      "Oui, pendant toutes les vacances scolaires sauf à Noël. Le stage de 5 demi-journées coûte 160 €, la "
      "journée complète 50 € (9h-17h, pique-nique à apporter). Pour les non licenciés, une licence vacances "
      "à 10 € est obligatoire.",
      "stages", ["stage", "vacances scolaires", "demi-journée", "journée complète"],
      ["stage poney en été", "vous faites des semaines pendant les vacances"])
entry("pension", "Prenez-vous des chevaux en pension ?",
      "Oui, selon les places disponibles. La pension au box coûte 480 € par mois (foin, paille, 2 repas par jour, "
      "accès au manège et à la carrière), la pension au pré 290 € par mois. Visite obligatoire avant l'arrivée "
      "du cheval.",
      "pension", ["pension", "pré", "propriétaire", "hébergement"],
      ["je cherche une place pour mon cheval", "tarif pension au pré"])
entry("equipement", "Quel équipement faut-il ?",
      "Pour débuter, un pantalon long confortable et des chaussures fermées à petit talon suffisent ; le casque "
      "est prêté gratuitement. Le gilet de protection est obligatoire pour le cross et conseillé pour les moins "
      "de 12 ans. Notre sellerie vend des casques à partir de 45 €.",
      "cours", ["équipement", "casque", "tenue", "bottes", "gilet"],
      ["qu'est-ce qu'il faut mettre pour monter", "faut-il acheter un casque"])
entry("licence", "Faut-il une licence ?",
      "Oui, la licence FFE est obligatoire pour les cavaliers réguliers : 25 € pour les moins de 18 ans, 36 € "
      "pour les adultes. Elle comprend l'assurance responsabilité civile et vaut pour l'année civile, du 1er "
      "janvier au 31 décembre. Nous la prenons pour vous à l'inscription.",
      "administratif", ["licence", "ffe", "assurance", "inscription"],
      ["la licence c'est obligatoire", "vous faites l'assurance"])
entry("annulation", "Comment annuler un cours ?",
      "Prévenez-nous au moins 48 heures avant par téléphone ou par SMS au 06 48 21 77 35 : le cours est alors "
      "rattrapé dans les 4 semaines. En dessous de 48 heures, le cours est perdu, sauf sur certificat médical.",
      "cours", ["annuler", "absence", "rattrapage", "prévenir"],
      ["je ne peux pas venir samedi", "comment rattraper un cours"])
entry("meteo", "Les cours ont-ils lieu s'il pleut ?",
      "Oui, nous avons un manège couvert de 20 x 40 m, les cours sont donc maintenus par temps de pluie. Ils ne "
      "sont annulés qu'en cas d'orage ou de tempête ; nous prévenons alors par SMS au plus tard 2 heures avant "
      "et le cours est rattrapé.",
      "cours", ["pluie", "météo", "manège couvert", "orage", "intempéries"],
      ["il pleut, le cours est maintenu", "vous montez quand il fait mauvais"])
entry("anniversaire", "Organisez-vous des anniversaires ?",
      "Oui, le mercredi et le samedi de 14h à 17h : balade à poney, jeux et goûter dans le club-house. La "
      "formule coûte 180 € pour 8 enfants, 18 € par enfant en plus, dès 4 ans. Réservez au moins 3 semaines à "
      "l'avance.",
      "animations", ["anniversaire", "fête", "goûter", "formule"],
      ["fêter un anniversaire au poney club", "prix anniversaire enfant"])
entry("horaires", "Quels sont vos horaires ?",
      "Le centre est ouvert du mardi au samedi de 9h à 19h et le dimanche de 9h à 12h30, fermé le lundi. Le "
      "secrétariat répond au téléphone du mardi au samedi de 14h à 18h.",
      "général", ["horaires", "ouverture", "fermé", "secrétariat"],
      ["vous êtes ouverts le dimanche", "à quelle heure vous fermez"])
entry("paiement", "Comment peut-on payer ?",
      "Par carte bancaire, chèque, espèces, chèques vacances ANCV et coupons sport. Le Pass'Sport (50 €) est "
      "accepté pour les 6-17 ans. Le forfait annuel peut être payé en 3 fois sans frais.",
      "général", ["paiement", "chèques vacances", "carte bancaire", "pass'sport"],
      ["vous prenez la carte", "on peut payer en plusieurs fois"])
entry("acces", "Où se trouve le centre ?",
      "Au 12 chemin du Mesnil à Éterville, à 15 minutes de Caen par la D8. Le parking devant les écuries est "
      "gratuit. Le bus Nomad ligne 20 s'arrête à 600 m, arrêt Éterville Mairie.",
      "général", ["adresse", "accès", "parking", "bus"],
      ["comment venir chez vous", "c'est loin de caen"])
entry("forfait", "Y a-t-il un forfait annuel ?",
      "Oui, le forfait annuel de septembre à juin comprend 1 cours par semaine (34 cours) pour 690 €, licence en "
      "plus. Les cours manqués avec un préavis de 48 heures sont rattrapés. Il se règle en 1 ou 3 fois.",
      "cours", ["forfait", "annuel", "abonnement", "inscription annuelle"],
      ["prix à l'année", "un cours par semaine toute l'année ça fait combien"])

PW = "another FAQ answer or choices instead of the handover; asking the customer to rephrase"
WAITING = ("Waiting: reassure that a person has the message and will reply; no FAQ answer, no invented wait "
           "time")

convs = [
    [
        ("bonjour, ma fille a 9 ans et voudrait commencer, c'est combien la séance et faut acheter une bombe ?",
         BOTH(E["cours"], E["equipement"]) + " — group lesson 24 €, card of 10 220 €; helmet ('bombe') lent "
         "free, long trousers and closed shoes are enough",
         "only one half with no pointer; the age/pony entry alone"),
        ("et le mercredi aprem ?",
         F(E["horaires"]) + " — open Tuesday to Saturday 9-19, so Wednesday afternoon yes",
         "treating it as a new unclear question; the birthday entry (Wednesday)"),
        ("elle a jamais touché un cheval, elle peut d'abord venir voir une fois sans s'engager ?",
         F(E["essai"]) + " — trial lesson 20 €, no licence or commitment, helmet lent; book by phone",
         "the levels entry alone; the annual package"),
        ("super merci, bonne journée",
         "Small talk: thanks + goodbye — short friendly close",
         "an FAQ answer; a handover"),
    ],
    [
        ("renseignement pour mon fils",
         "Too vague to answer — choices (lessons, holiday camps, age, birthdays) or a clarifying question",
         "a handover; one entry given as certain"),
        ("il voudrait faire une semaine à cheval à la toussaint, c'est possible chez vous ?",
         TYPE + F(E["stages"]) + " — holiday camps in every school holiday except Christmas: 5 half-days 160 €, "
         "full day 50 €",
         "the annual package; the opening hours; tapping a choice"),
        ("il faut la licence pour ça ? et le midi il mange où",
         BOTH(E["licence"], E["stages"]) + " — holiday licence 10 € if not licensed (full licence 25 € under "
         "18); bring a picnic on full days",
         "only one half with no pointer; the birthday entry"),
        ("vous êtes une vraie personne ou un robot ?",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    [
        ("j'ai une question sur les cours",
         "Too vague to answer — choices (prices, levels, trial lesson, cancelling) or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est pas ça",
         TYPE + "Typed rejection — apologise and ask what exactly; no handover yet",
         "the same choices again; a handover straight away"),
        ("je déménage à caen en janvier avec ma jument et je lui cherche un box",
         F(E["pension"]) + " — livery in a box 480 €/month, in the field 290 €/month, subject to places; visit "
         "first",
         "the lesson entries; the access entry alone"),
        ("et vous avez un maréchal-ferrant ou un véto sur place ?",
         "Not covered by the FAQ (farrier, vet) — say so honestly, offer a person",
         "the livery entry as if it answered; inventing a farrier's price"),
    ],
    [
        ("combien pour l'année entière si elle monte une fois par semaine ? on peut étaler ?",
         F(E["forfait"]) + " — 690 € September-June, 34 lessons, licence extra; pay in 1 or 3 instalments",
         "the single-lesson price alone; the payment entry without the package price"),
        ("c'est pas ma question. est-ce qu'il reste de la place le samedi à 10h ?",
         "Push-back (first time) — apologise; free places are not in the FAQ (groups of 8 max, " + F(E["niveaux"])
         + "); ask or offer a person",
         "repeating the package answer unchanged; no apology; inventing a free place"),
        ("bon ça suffit, je veux parler à quelqu'un du centre",
         "Push-back (second time in a row) + Request for a person (direct, annoyed) — apologise, hand over",
         PW),
        ("allô ? y a quelqu'un ?",
         WAIT + WAITING,
         "a new greeting as if the chat had just started; an FAQ answer"),
    ],
    [
        ("on a fait 25 min de route pour rien samedi, la séance a sauté à cause du vent et personne nous a "
         "prévenus !!",
         F(E["meteo"]) + " — apologise; indoor arena, lessons are only called off for storms, SMS at the latest "
         "2 hours before, the lesson is made up; offer a person",
         "no apology; the cancelling-by-the-rider entry; denying it happened"),
        ("vous savez si le marché de caen est ouvert dimanche ?",
         "Not covered by the FAQ (unrelated) — short honest reply",
         "the opening-hours entry (Sunday); any FAQ entry"),
        ("rappelez-moi au 06 71 38 52 09 après 18h svp",
         "Request for a person (callback with number) — hand over / pass on the callback request",
         "only the centre's phone number without taking the request; " + PW),
        ("ça va être long ?",
         WAIT + WAITING,
         "a lesson's or a camp's duration; inventing a time"),
    ],
    [
        ("mon fils monte jeudi à 17h mais il a une sortie scolaire, il pourra pas venir",
         F(E["annulation"]) + " — tell at least 48 h before by phone or SMS, then the lesson is made up within "
         "4 weeks; do not claim it is cancelled",
         "'the lesson has been cancelled'; the weather entry"),
        ("oui",
         "Ambiguous oui — acknowledge or ask what it refers to; never claim a cancellation",
         "confirming a cancellation or a make-up date"),
        ("au fait il a eu son galop 2, il change de groupe ?",
         F(E["niveaux"]) + " — groups by level and age, Galop exams twice a year; moving up is possible",
         "the licence entry; the cancellation entry again"),
        ("j'voudrais causer à quéqu'un d'chez vous, ch'est point pratique vot' machine",
         "Request for a person (dialect, Normandy) — hand over",
         PW),
    ],
    [
        ("bonjour, on voudrait fêter les 8 ans de lucie avec des poneys, ça se passe comment",
         F(E["anniversaire"]) + " — Wednesday/Saturday 14-17, pony ride, games, snack; 180 € for 8 children; "
         "book 3 weeks ahead",
         "the baby pony entry; the holiday camps"),
        ("le petit frère a 4 ans, il pourra aussi faire un tour ?",
         F(E["anniversaire"]) + " — from 4 years, so yes; adding " + F(E["poneys"]) + " (baby pony from 3) "
         "is fine",
         "treating it as unclear; saying he is too young"),
        ("on paie comment, vous prenez les chèques vacances ? et c'est où exactement",
         BOTH(E["paiement"], E["acces"]) + " — card, cheque, cash, ANCV; 12 chemin du Mesnil, Éterville, 15 "
         "min from Caen, free parking",
         "only one half with no pointer; the opening hours"),
    ],
]

write_faq("fr", FAQ)
write_plan("fr", convs)
print("fr: %d entries, %d conversations, %d turns" % (len(FAQ), len(convs), sum(len(c) for c in convs)))
