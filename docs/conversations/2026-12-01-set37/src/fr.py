"""French (Swiss) FAQ and plan for test set 37: Gérance Bellerive SA, Lausanne (made up).
Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("visite", "Comment visiter un appartement ?",
      "Inscrivez-vous à une visite depuis l'annonce sur notre site. Les visites ont lieu en groupe le mardi et le "
      "jeudi de 17h30 à 18h30, sur place; elles sont gratuites et sans engagement. Sans inscription, nous ne "
      "pouvons pas vous garantir l'accès.",
      "location", ["visite", "visiter", "inscription", "annonce", "rendez-vous"],
      ["je peux voir l'appartement", "quand sont les visites", "comment s'inscrire pour visiter"])
entry("horaires", "Quels sont les horaires et l'adresse de la gérance ?",
      "Gérance Bellerive SA, avenue de Cour 58, 1007 Lausanne (métro m2, arrêt Délices). Réception du lundi au "
      "vendredi de 8h à 12h et de 13h30 à 17h. Téléphone 021 555 48 20, e-mail info@bellerive-gerance.example.",
      "general", ["horaires", "adresse", "ouverture", "telephone", "guichet"],
      ["vous etes ouverts quand", "ou se trouve la gerance", "numero de la regie"])
entry("dossier", "Quels documents faut-il pour le dossier de candidature ?",
      "Le formulaire d'inscription rempli, une copie de la pièce d'identité ou du permis de séjour, les 3 dernières "
      "fiches de salaire, un extrait des poursuites de moins de 3 mois et une attestation d'assurance RC ménage. Le "
      "loyer ne doit pas dépasser un tiers du revenu. Le dossier est gratuit; réponse sous 5 jours ouvrables.",
      "location", ["dossier", "candidature", "documents", "poursuites", "fiches de salaire"],
      ["quels papiers pour postuler", "comment deposer un dossier", "il faut un extrait des poursuites"])
entry("garantie", "Combien est la garantie de loyer et comment la verser ?",
      "La garantie de loyer est de 3 mois de loyer net. Vous la versez sur un compte de garantie bloqué à votre "
      "nom dans une banque, ou vous passez par une société de cautionnement (par exemple SwissCaution, prime "
      "annuelle environ 5 % du montant). L'attestation doit nous parvenir avant la remise des clés.",
      "location", ["garantie", "caution", "depot", "compte bloque", "cautionnement"],
      ["combien de caution", "comment payer la garantie", "on peut passer par swisscaution"])
entry("restitution", "Quand est-ce que je récupère ma garantie de loyer ?",
      "Après l'état des lieux de sortie, si tout est en ordre, nous signons la libération de la garantie dans les "
      "30 jours et la banque vous verse le montant avec les intérêts. S'il y a des dégâts, nous les déduisons "
      "d'abord. Sans nouvelle de notre part, la banque libère la garantie 1 an après votre départ.",
      "fin de bail", ["restitution", "liberation", "rembourser garantie", "recuperer"],
      ["quand je recois ma caution", "liberation de la garantie", "la garantie est rendue quand"])
entry("reparation", "Comment signaler une panne ou une réparation ?",
      "Par le formulaire en ligne \"Annoncer un défaut\" ou au 021 555 48 20 aux heures d'ouverture. En urgence "
      "(dégât d'eau, panne de chauffage en hiver, porte d'entrée bloquée), appelez le service de piquet 24h/24 au "
      "0800 555 911. Les menus travaux jusqu'à 150 CHF (joints, ampoules, bouchons) sont à la charge du locataire.",
      "entretien", ["panne", "reparation", "defaut", "fuite", "urgence"],
      ["quelque chose est casse", "qui appeler en cas de fuite", "le chauffage ne marche pas"])
entry("concierge", "Comment joindre le concierge ?",
      "Le nom et le numéro du concierge sont affichés dans le hall de chaque immeuble. Il est joignable du lundi au "
      "vendredi de 7h à 8h30 et de 17h à 18h. Il s'occupe du nettoyage des communs, des poubelles et des petites "
      "réparations dans les parties communes.",
      "entretien", ["concierge", "conciergerie", "communs", "contact concierge"],
      ["comment contacter la concierge", "numero du concierge", "le concierge est la quand"])
entry("buanderie", "Comment fonctionne la buanderie ?",
      "Chaque appartement a 1 jour de lessive par semaine, de 7h à 21h, selon le planning affiché dans la "
      "buanderie; le dimanche la buanderie est fermée. Échanger un jour avec un voisin est possible si vous notez "
      "le changement sur le planning. Nettoyez le filtre du séchoir après usage.",
      "immeuble", ["buanderie", "lessive", "machine a laver", "planning", "sechoir"],
      ["quel est mon jour de lessive", "le voisin prend ma machine", "on peut laver le dimanche"])
entry("dechets", "Comment éliminer les déchets ?",
      "Les ordures vont dans les sacs taxés blancs de Lausanne (17, 35 ou 60 litres, 2 CHF le sac de 35 litres), "
      "déposés dans le container de la cour. Papier et carton le mercredi, verre, PET et alu à la déchetterie "
      "de quartier. Les sacs non taxés sont refusés et l'amende est de 200 CHF.",
      "immeuble", ["poubelles", "dechets", "sacs taxes", "tri", "container"],
      ["ou mettre les poubelles", "quels sacs pour les ordures", "quand sort le papier"])
entry("resiliation", "Comment résilier mon bail ?",
      "Par lettre recommandée, signée par tous les titulaires du bail (et le conjoint), avec 3 mois de préavis pour "
      "l'une des échéances: 31 mars, 30 juin ou 30 septembre. Vous pouvez partir avant si vous proposez un "
      "locataire de remplacement solvable, prêt à reprendre le bail aux mêmes conditions.",
      "fin de bail", ["resilier", "resiliation", "preavis", "locataire de remplacement", "echeance"],
      ["je veux rendre mon appartement", "quel est le delai de preavis", "partir avant le terme"])
entry("etatdeslieux", "Comment se passe l'état des lieux de sortie ?",
      "Nous fixons le rendez-vous environ 30 jours avant votre départ. L'appartement doit être vide et nettoyé à "
      "fond, les trous rebouchés, toutes les clés rendues. Le contrôle dure environ 1 heure et le procès-verbal est "
      "signé sur place; les clés nous sont remises à ce moment-là.",
      "fin de bail", ["etat des lieux", "sortie", "remise des cles", "nettoyage", "proces-verbal"],
      ["comment rendre les cles", "il faut nettoyer comment", "rendez-vous pour la sortie"])
entry("loyer", "Comment et quand payer le loyer ?",
      "Le loyer se paie d'avance, au plus tard le 1er du mois, par QR-facture ou par ordre permanent. En cas de "
      "retard, nous envoyons un rappel facturé 30 CHF. Si un rappel vous semble injustifié, envoyez-nous la preuve "
      "de paiement et nous l'annulons.",
      "location", ["loyer", "paiement", "rappel", "ordre permanent", "qr-facture"],
      ["quand payer le loyer", "j'ai recu un rappel", "comment faire un ordre permanent"])
entry("animaux", "Est-ce que les animaux sont autorisés ?",
      "Chats et petits animaux (oiseaux, poissons, rongeurs) sont autorisés, au maximum 2 chats par appartement. "
      "Pour un chien, il faut notre accord écrit avant l'emménagement. Les dégâts causés par les animaux sont à la "
      "charge du locataire.",
      "location", ["animaux", "chat", "chien", "animal domestique"],
      ["on peut avoir un chat", "les chiens sont acceptes", "j'ai un animal"])
entry("cles", "J'ai perdu une clé, que faire ?",
      "Annoncez-le-nous tout de suite. Une clé de sécurité supplémentaire coûte 120 CHF, une clé de boîte aux "
      "lettres 25 CHF, délai environ 10 jours. Si la clé perdue porte l'adresse, nous pouvons exiger le changement "
      "du cylindre, environ 450 CHF, à la charge du locataire.",
      "entretien", ["cle", "perdu", "double", "cylindre", "serrure"],
      ["j'ai perdu ma cle", "faire un double de cle", "combien coute une cle"])
entry("parking", "Puis-je louer une place de parc ?",
      "Oui, selon les disponibilités: place extérieure 90 CHF par mois, place au garage souterrain 160 CHF par mois, "
      "avec liste d'attente. Le contrat de place de parc est séparé du bail et se résilie par écrit avec 1 mois de "
      "préavis pour la fin d'un mois.",
      "location", ["place de parc", "garage", "parking", "voiture", "place"],
      ["vous avez une place de parc", "combien pour le garage", "rendre ma place de parc"])

write_faq("fr", FAQ)

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"

convs = [
    # 1
    [
        ("bonjour, j'ai vu le 3.5 pieces a prilly sur votre site, comment on fait pour le voir et vous etes "
         "ouverts jusqu'a quelle heure a l'avenue de cour",
         BOTH(E["visite"], E["horaires"]) + " — register from the ad; group "
         "viewings Tue and Thu 17:30-18:30, free; office Mon-Fri 8-12 and 13:30-17",
         HALF + "; a private viewing promised; Saturday hours"),
        ("et qu'est ce qu'il faut amener comme papiers si ca nous plait",
         F(E["dossier"]) + " — form, ID or residence permit, last 3 payslips, debt-register extract under 3 "
         "months, household liability insurance; rent max one third of income; free; answer within 5 working "
         "days",
         "treating it as new unclear; a fee for the application"),
        ("ok. on a un vieux matou, c'est un souci ?",
         F(E["animaux"]) + " — cats allowed, max 2 per flat; damage by animals paid by the tenant",
         "treating it as new unclear; written permission needed for a cat (that is for dogs)"),
        ("ca joue, merci beaucoup. a tout bientot",
         "Small talk: acknowledgement + thanks + goodbye — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("bonjour j'ai une question pour mon appart",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("depuis hier soir le robinet de la cuisine goutte sans arret, ca fait toc toc toute la nuit",
         TYPE + F(E["reparation"]) + " — online form or 021 555 48 20 in office hours; emergencies 0800 555 911; "
         "small jobs up to 150 CHF (washers) are the tenant's",
         "tapping a choice; asking to rephrase; the emergency line as the only way"),
        ("et la concierge je l'atteins comment, j'ai pas son natel. et c'est quel jour mon jour de lessive, le "
         "voisin du 2e squatte toujours la machine",
         BOTH(E["concierge"], E["buanderie"]) + " — name and number posted in the hall, Mon-Fri 7-8:30 and 17-18; "
         "1 washing day per week 7-21 per the posted schedule, closed Sunday, swaps noted on the schedule",
         HALF + "; inventing the caretaker's number; a washing day given as fact"),
        ("c'est un vrai humain qui me repond la ou c'est un programme",
         "Small talk: are you a bot — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonjour, c'est au sujet de notre appartement a la pontaise",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non c'est rien de tout ca",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("on a achete une maison a epalinges et on voudrait s'en aller fin avril, pas attendre fin juin. mon "
         "collegue cherche justement un logement, ca peut aider ?",
         F(E["resiliation"]) + " — registered letter signed by all holders, 3 months' notice for 31 March, 30 "
         "June or 30 September; leaving earlier is possible with a solvent replacement tenant (the colleague) "
         "taking over on the same terms",
         "asking to rephrase again; saying end of April is a normal term; ignoring the colleague"),
        ("et vous pourriez aussi vendre l'appart de ma mere a pully? elle en est proprietaire",
         "Not covered (selling a flat / real-estate sales) — say so plainly; may offer a person",
         "inventing a sales service and commission; the rental entries as if relevant"),
    ],
    # 4
    [
        ("bonjour, on rend notre 2 pieces le 30 septembre. ca marche comment le jour ou on vous rend tout, et "
         "l'argent bloque a la banque on le revoit quand?",
         BOTH(E["etatdeslieux"], E["restitution"]) + " — appointment about 30 days before; flat empty, cleaned "
         "thoroughly, holes filled, all keys; about 1 h, report signed there; deposit released within 30 days if "
         "all is in order, damage deducted first; bank frees it 1 year after at the latest",
         HALF + "; the deposit promised on the day"),
        ("non, je veux que quelqu'un passe ce soir apres le souper a renens pour controler, j'ai deja passe la "
         "panosse partout et je veux rendre les cles demain matin",
         "Push-back: apologise; the FAQ has no same-evening check — the inspection is by appointment and the "
         "keys are handed over at it; say so, promise no visit, offer a person",
         "a promised visit tonight; the same full answer again without acknowledging"),
        ("c'est pas possible ce truc. passez moi quelqu'un de la gerance tout de suite",
         "Request: angry + person — apologise briefly and hand over to a person",
         PW),
        ("allo?? y a quelqu'un",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("je suis furieuse. j'ai paye mes mille six cent nonante francs le 29 comme chaque mois et je recois "
         "une lettre avec 30 francs de frais en plus!!",
         F(E["loyer"]) + " — apologise; rent due by the 1st (paid on the 29th is on time); send the proof of "
         "payment and an unjustified reminder is cancelled",
         "no apology; saying the 30 CHF must be paid; blaming the tenant"),
        ("sinon vous savez si le m2 roule toute la nuit samedi pour le festival?",
         "Not covered (metro hours) — say so kindly, back to the agency's topics",
         "metro times invented; an FAQ answer; a handover"),
        ("rappelez moi svp au 078 555 61 39",
         "Request: callback with number — hand over to a person with the number kept; no promise of a time",
         PW + "; asking for the number again; the agency's number instead"),
        ("ca va prendre combien de temps avant qu'on me rappelle?",
         WAIT + WAITING,
         "the office hours as the answer; an invented wait time"),
    ],
    # 6
    [
        ("bonjour, j'ai vendu ma voiture la semaine passee, donc la place au sous-sol de l'immeuble je n'en ai "
         "plus besoin",
         F(E["parking"]) + " — the parking contract is separate from the lease: ended in writing with 1 month's "
         "notice for the end of a month; claim nothing as done",
         "claiming it is cancelled; saying the whole lease must be ended"),
        ("bon ouais, allez",
         "Ambiguous yes — ask what they mean or restate the step (a written notice is needed); nothing claimed as "
         "done",
         "claiming it is cancelled; a random FAQ answer"),
        ("pendant que j'y suis, j'ai paume le petit truc pour ouvrir le courrier en bas",
         F(E["cles"]) + " — report it; a letterbox key costs 25 CHF, about 10 days",
         "the 120 CHF security key price; a cylinder change as certain"),
        ("j'y comprends plus rien a votre bazar. je veux causer a une vraie personne, pas a une machine, vous me "
         "passez quelqu'un ou bien?",
         "Request: person, Swiss colloquial ('ou bien?' = right? / or what?) — hand over to a person",
         PW + "; answering an FAQ"),
    ],
    # 7
    [
        ("bonjour! on a recu la reponse positive pour le 2 pieces a la sallaz, loyer 1480 net. on doit verser "
         "combien avant d'avoir les cles?",
         F(E["garantie"]) + " — 3 months' net rent = 4440 CHF, on a blocked deposit account in the tenant's name "
         "or via a guarantee company; proof before the keys",
         "a wrong amount; paying the deposit to the agency's own account"),
        ("et si on prend plutot une assurance genre swisscaution?",
         F(E["garantie"]) + " — yes, a guarantee company is possible (yearly premium about 5 % of the amount)",
         "treating it as new unclear; saying only a bank account is accepted"),
        ("parfait merci! derniere chose, les ordures on les met ou, dans n'importe quel cornet?",
         F(E["dechets"]) + " — only Lausanne's white taxed bags (35 l 2 CHF) in the courtyard container; "
         "untaxed bags refused, fine 200 CHF; paper Wednesday",
         "saying any bag is fine"),
    ],
]

write_plan("fr", convs)
