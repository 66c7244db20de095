"""French plan for set 17: Glacier Sports Verbier (ski and snowboard rental and repair), Verbier, Valais.
Customers write Swiss French (Valais/Romandie) on a phone."""
from common_a import WAIT, AFTER, TYPE, REJECT, faq, both, write_faq, write_plan

SKI = "Combien coûte la location de skis ?"
BOARD = "Combien coûte la location d'un snowboard ?"
ONLINE = "Comment réserver mon matériel en ligne ?"
CANCEL = "Puis-je annuler ou modifier ma réservation ?"
HOURS = "Quels sont vos horaires d'ouverture ?"
WHERE = "Où se trouve le magasin et où puis-je me garer ?"
SERVICE = "Combien coûte l'entretien de mes skis (fartage, affûtage) ?"
BINDINGS = "Réglez-vous et montez-vous les fixations ?"
HELMET = "Les casques et protections sont-ils compris ?"
THEFT = "Que se passe-t-il si le matériel loué est cassé ou volé ?"
LOCKER = "Puis-je laisser mes skis chez vous pour la nuit ?"
SWAP = "Puis-je changer de matériel pendant la location ?"
PAY = "Quels moyens de paiement acceptez-vous ?"
BOOTS = "Pouvez-vous adapter mes chaussures de ski si elles font mal ?"
RETURN = "Quand dois-je rendre le matériel loué ?"

FAQ = [
    (SKI,
     "Le pack ski adulte (skis + bâtons) coûte CHF 48.– par jour ou CHF 230.– pour 6 jours; avec chaussures, "
     "comptez CHF 18.– de plus par jour. Pour les enfants jusqu'à 12 ans, le pack complet avec chaussures coûte "
     "CHF 24.– par jour. Le matériel premium (skis de test) coûte CHF 12.– de plus par jour.",
     "Location", ["location skis", "prix", "pack ski", "tarif", "enfant"],
     ["combien pour louer des skis", "prix location ski semaine", "tarif skis enfant"]),
    (BOARD,
     "Le pack snowboard adulte avec boots coûte CHF 52.– par jour ou CHF 250.– pour 6 jours. Pour les enfants "
     "jusqu'à 12 ans: CHF 28.– par jour. Nous avons des planches freestyle, all-mountain et des splitboards "
     "(CHF 65.– par jour).",
     "Location", ["snowboard", "planche", "boots", "splitboard", "tarif"],
     ["prix location snowboard", "vous louez des planches", "snowboard pour enfant"]),
    (ONLINE,
     "Réservez sur notre site jusqu'à la veille à 18h00 et vous obtenez 15 % de rabais sur la location. Vous "
     "indiquez la taille, le poids et le niveau de chaque personne; le matériel est prêt à votre arrivée et vous "
     "payez au retrait au magasin.",
     "Réservation", ["réserver", "en ligne", "internet", "rabais", "réservation"],
     ["réservation sur internet", "c'est moins cher en ligne", "comment réserver à l'avance"]),
    (CANCEL,
     "L'annulation ou la modification est gratuite jusqu'à 24 heures avant le retrait, par le lien dans l'e-mail "
     "de confirmation ou par téléphone au 027 771 52 30. Plus tard, le premier jour est facturé. Les jours non "
     "utilisés ne sont pas remboursés, sauf sur présentation d'un certificat médical (le mauvais temps ne compte "
     "pas).",
     "Réservation", ["annuler", "annulation", "modifier", "remboursement", "certificat médical"],
     ["je dois annuler ma réservation", "changer la date de ma location", "remboursement si malade"]),
    (HOURS,
     "En saison (début décembre à fin avril), nous sommes ouverts tous les jours de 8h00 à 18h30, le samedi "
     "jusqu'à 19h30. Hors saison, l'atelier est ouvert du mardi au samedi de 9h00 à 12h00 et de 14h00 à 18h00.",
     "Infos pratiques", ["horaires", "ouvert", "heures", "samedi", "hors saison"],
     ["vous ouvrez à quelle heure", "jusqu'à quand êtes-vous ouverts", "ouvert en été"]),
    (WHERE,
     "Nous sommes à la Route de Médran 32, à 50 mètres de la télécabine de Médran, côté gauche en montant. Nous "
     "n'avons pas de places de parc: utilisez le parking couvert de Médran (payant, CHF 3.– l'heure) ou le bus "
     "gratuit de la station, arrêt « Médran ».",
     "Infos pratiques", ["adresse", "parking", "télécabine", "Médran", "bus"],
     ["où êtes-vous", "on peut se parquer où", "c'est loin de la télécabine"]),
    (SERVICE,
     "Fartage à chaud CHF 25.–, affûtage des carres + fartage CHF 45.–, service complet (réparation de la semelle, "
     "carres, fartage) CHF 65.–. Le matériel est prêt le lendemain; le service express en 2 heures coûte "
     "CHF 15.– de plus.",
     "Atelier", ["fartage", "affûtage", "carres", "semelle", "entretien"],
     ["préparer mes skis", "farter mes skis", "réparer la semelle"]),
    (BINDINGS,
     "Oui. Le contrôle et réglage des fixations (valeur DIN selon poids, taille et niveau) coûte CHF 20.–; il est "
     "gratuit pour le matériel loué chez nous. Le montage de nouvelles fixations coûte CHF 50.–, réglage compris.",
     "Atelier", ["fixations", "réglage", "DIN", "montage", "déclenchement"],
     ["régler mes fixations", "mes fixations déclenchent", "monter des fixations"]),
    (HELMET,
     "Pour les enfants, le casque est compris dans le pack. Pour les adultes, le casque coûte CHF 8.– par jour, "
     "la protection dorsale CHF 10.– par jour. Tous les casques sont désinfectés après chaque location.",
     "Location", ["casque", "protection dorsale", "enfant", "sécurité"],
     ["il faut payer le casque", "vous louez des casques", "dorsale prix"]),
    (THEFT,
     "Nous recommandons l'assurance casse et vol à CHF 4.– par jour: en cas de casse, vous ne payez rien; en cas "
     "de vol, une franchise de CHF 100.–, avec la déclaration de police. Sans assurance, la réparation ou la "
     "valeur du matériel (selon son âge) est facturée.",
     "Location", ["assurance", "casse", "vol", "franchise", "déclaration"],
     ["on m'a volé les skis", "j'ai cassé un ski", "c'est quoi l'assurance"]),
    (LOCKER,
     "Oui, nos casiers chauffés au magasin coûtent CHF 8.– par nuit ou CHF 40.– par semaine pour une paire de skis "
     "et de chaussures. Pour le matériel loué chez nous, le dépôt de nuit est gratuit.",
     "Infos pratiques", ["casier", "consigne", "dépôt", "nuit", "stockage"],
     ["avez-vous une consigne", "casier à skis", "garder le matériel la nuit"]),
    (SWAP,
     "Oui, vous pouvez échanger votre matériel gratuitement aussi souvent que vous voulez dans la même catégorie "
     "(autre longueur, autre modèle, autre pointure). Passer au matériel premium coûte CHF 12.– de plus par jour.",
     "Location", ["échanger", "changer", "autre taille", "autre modèle"],
     ["les skis ne me conviennent pas", "échanger contre d'autres skis", "autre pointure"]),
    (PAY,
     "Nous acceptons les cartes Visa, Mastercard, Maestro, TWINT et les espèces en francs suisses ou en euros "
     "(monnaie rendue en francs). Pour la location, une carte de crédit ou une pièce d'identité est demandée en "
     "caution.",
     "Infos pratiques", ["paiement", "TWINT", "carte", "euros", "caution"],
     ["on peut payer en euros", "vous prenez la carte", "faut-il une caution"]),
    (BOOTS,
     "Oui, notre bootfitter adapte aussi les chaussures achetées ailleurs: thermoformage des chaussons CHF 90.–, "
     "élargissement de la coque CHF 40.– par point. Comptez environ 1 heure; sur rendez-vous, de préférence après "
     "16h00.",
     "Atelier", ["chaussures", "bootfitting", "thermoformage", "coque", "douleur"],
     ["mes chaussures me serrent", "faire adapter mes chaussures", "chaussons thermoformés"]),
    (RETURN,
     "Rendez le matériel le dernier jour de location avant la fermeture (18h30, samedi 19h30). Vous pouvez aussi "
     "le rendre le lendemain avant 10h00 sans supplément; plus tard, un jour supplémentaire est facturé.",
     "Location", ["rendre", "retour", "dernier jour", "supplément"],
     ["jusqu'à quand rendre les skis", "retour le lendemain", "on rend où le matériel"]),
]

C = []

# 1 greeting + question, short follow-ups, thanks (a family from Sion)
C.append([
    ("adieu! c'est combien pour louer des lattes pour 6 jours, moi et mon mari?",
     "Small talk + " + faq(SKI) + " — adult pack CHF 230 for 6 days each (CHF 48/day), boots CHF 18/day more.",
     "Snowboard prices; online booking only; 'not covered'."),
    ("et pour le petit de 8 ans, le truc pour la tête on doit le prendre en plus?",
     faq(HELMET) + " — included for children; adults CHF 8/day.",
     "The child ski price only; theft insurance."),
    ("et on peut ramener le tout le lendemain matin? on redescend tard. ah et twint ça joue?",
     both(RETURN, PAY) + " — next day before 10:00 at no extra charge; TWINT accepted (also cards, cash CHF/EUR).",
     "Only one half; opening hours alone."),
    ("merci bien, c'est bonnard",
     "Small talk: thanks — short reply.",
     "An FAQ answer or choices; a handover."),
])

# 2 vague -> typed question while choices show, follow-up, bot?
C.append([
    ("j'ai un souci avec mes skis",
     "Too vague to answer — choices (maintenance, bindings, swap, breakage) or a clarifying question; no handover.",
     "Picking one entry as certain; a handover."),
    (TYPE + "les bords sont tout rouillés, ça accroche plus rien sur la glace, et les fixations lâchent tout le temps",
     both(SERVICE, BINDINGS) + " — edges + wax CHF 45 (full service CHF 65), ready next day or 2 h express +CHF 15; binding check/adjustment CHF 20.",
     "Only one half; swap or theft entries."),
    ("et mes souliers qui me tuent les pieds?",
     faq(BOOTS) + " — heat-moulding CHF 90, shell stretching CHF 40 per point, about 1 h, by appointment (also for boots bought elsewhere).",
     "Ski rental with boots; 'not covered'."),
    ("vous êtes un robot ou bien?",
     "Small talk: 'are you a bot?' — says honestly it is an automated assistant, a person can take over.",
     "Claiming to be human; an FAQ answer."),
])

# 3 vague, typed rejection, rephrasing, near-trade not offered
C.append([
    ("on peut changer?",
     "Too vague to answer — choices (change a booking, swap equipment) or a clarifying question.",
     "A handover; picking the booking entry as certain."),
    (REJECT + "non pas la réservation",
     "Typed rejection — apologise, ask what is meant or offer the other choice; no handover yet.",
     "Repeating the booking answer; a handover."),
    ("les lattes qu'on m'a données hier sont trop longues pour moi, je fais 1m septante, j'arrive pas à tourner. j'en voudrais des plus courtes",
     faq(SWAP) + " — free, as often as wanted, in the same category (premium +CHF 12/day).",
     "Cancel/modify booking entry; ski prices; 'not covered'."),
    ("et vous vendez aussi les forfaits pour les 4 vallées?",
     "Not covered by the FAQ (ski passes are not sold by the shop) — say so honestly, offer a person.",
     "Ski rental prices; online booking; inventing a pass price."),
])

# 4 two questions, push-back twice, waiting
C.append([
    ("salut, on monte samedi à 4, dont 2 qui font du surf. ça revient à quoi pour eux? et si je bloque tout sur votre site la veille, c'est plus avantageux?",
     both(BOARD, ONLINE) + " — snowboard pack with boots CHF 52/day (CHF 250 for 6 days); online until 18:00 the day before: 15 % off.",
     "Only ski prices; only one half."),
    ("c'est pas ce que j'ai demandé",
     "Push-back (first time) — apologise, ask what is missing, offer a person; no repetition.",
     "The same answer again; an unrelated entry."),
    ("toujours pas. passez-moi quelqu'un, ça commence à bien faire",
     "Push-back (second time in a row), angry request for a person — hand over now.",
     "Another FAQ answer; asking to rephrase; no handover."),
    (WAIT + "allô?? y a quelqu'un?",
     "Waiting — reassure that a person will reply; no FAQ answer, no invented time.",
     "An FAQ answer or choices; starting over."),
])

# 5 angry but covered, unrelated, callback with number, how long
C.append([
    ("quel chenit!! on m'a piqué les lattes de location devant le resto à la croix de cœur, je dois tout rembourser maintenant??",
     "Angry, FAQ covers it: " + faq(THEFT) + " — with the CHF 4/day insurance: CHF 100 deductible + police report; without: value charged according to age.",
     "Cancellation/refund entry; a handover without the answer."),
    ("sinon vous savez si la route du col du grand-st-bernard est ouverte?",
     "Not covered by the FAQ (unrelated) — say it can only help with the shop.",
     "Any FAQ entry or choices; guessing the road status."),
    ("rappelez-moi sur mon natel, 079 456 78 12, c'est plus simple",
     "Request for a person (callback with a number) — hand over / record the callback request; no promise of an exact time.",
     "Only giving the shop's phone number; ignoring the number."),
    (AFTER + "ça va prendre combien de temps?",
     "Waiting ('how long?') — reassure; no invented waiting time.",
     "Making up a time; the 2 h express service or another FAQ answer."),
])

# 6 cancel, ambiguous yes, person in dialect
C.append([
    ("bonjour, le petit a la crève, on viendra pas chercher le matériel demain. vous nous rendez les sous?",
     faq(CANCEL) + " — free up to 24 h before pick-up (link in the e-mail or 027 771 52 30); later the first day is charged; unused days refunded only with a medical certificate.",
     "Claiming the booking was cancelled; return times entry."),
    ("ouais ouais",
     "Ambiguous yes — acknowledge and say how to cancel (or that a person can do it); never claim it was cancelled.",
     "'Your booking is cancelled'; a new FAQ answer."),
    ("ça joue pas votre truc, je préfère causer avec quelqu'un du magasin",
     "Request for a person (in dialect: 'ça joue pas' = it doesn't work) — hand over.",
     "Another FAQ answer; asking to rephrase."),
])

# 7 two questions, follow-up, acknowledgement, goodbye
C.append([
    ("vous fermez à quelle heure samedi? et vous êtes où par rapport à la télécabine?",
     both(HOURS, WHERE) + " — Saturday until 19:30 (in season); Route de Médran 32, 50 m from the Médran gondola; no own parking.",
     "Only one half; the return-time entry alone."),
    ("et nos planches, on peut les mettre quelque part chez vous jusqu'au matin? pas envie de les monter à l'appart",
     faq(LOCKER) + " — heated lockers CHF 8/night or CHF 40/week; free for equipment rented there.",
     "Snowboard rental prices; return entry."),
    ("ok d'accord",
     "Small talk: acknowledgement — short reply, no FAQ answer.",
     "Choices or an FAQ answer; a handover."),
    ("à tout bientôt, adieu",
     "Small talk: goodbye ('adieu' is a Swiss French goodbye here) — short friendly goodbye.",
     "An FAQ answer; treating it as a greeting and asking how to help is minor."),
])

if __name__ == "__main__":
    print(write_faq("fr", FAQ))
    print(write_plan("fr", C))
