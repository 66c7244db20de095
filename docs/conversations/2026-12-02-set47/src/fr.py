"""French FAQ and plan for test set 47: Froid Teranga (air-conditioning installation and maintenance), Dakar,
Senegal, made up. Customers write Senegalese French with Wolof words; the FAQ is standard French, `vous`.
Served as fr. Run from src/: PYTHONPATH=<check folder> python3 fr.py"""

from common_a import BOTH, F, PW, TYPE, WAIT, WAITING, write_faq, write_plan

HALF = "only one half with no pointer to the other"
SMALL = "an FAQ answer; a handover"
NEW = "treating it as new unclear; "

FAQ = []
E = {}


def entry(key, q, a, cat, kws, phr):
    E[key] = q
    FAQ.append((q, a, cat, kws, phr))


entry("pose", "Combien coûte l'installation d'un climatiseur ?",
      "La pose seule d'un split mural coûte 85 000 FCFA jusqu'à 12 000 BTU et 110 000 FCFA pour 18 000 à 24 000 "
      "BTU, avec 3 mètres de liaison et le support. Fourniture et pose comprises, comptez à partir de 320 000 FCFA "
      "pour un split 12 000 BTU inverter. Chaque mètre de liaison en plus coûte 12 000 FCFA.",
      "installation", ["installation", "pose", "installer", "prix", "tarif"],
      ["combien pour poser une clim", "prix d'un split posé", "vous installez à combien"])
entry("puissance", "Quelle puissance choisir pour ma pièce ?",
      "Comptez 9 000 BTU jusqu'à 12 m², 12 000 BTU jusqu'à 20 m², 18 000 BTU jusqu'à 30 m² et 24 000 BTU jusqu'à "
      "40 m². Une pièce sous la dalle du toit ou très exposée au soleil demande un cran au-dessus. À Dakar, nous "
      "venons évaluer gratuitement avant un devis d'installation.",
      "installation", ["puissance", "btu", "surface", "taille", "dimensionnement"],
      ["quelle clim pour une chambre de 15 m2", "combien de btu il me faut", "quelle taille de climatiseur"])
entry("marques", "Quelles marques vendez-vous ?",
      "Nous vendons et installons LG, Samsung, Gree et Midea, en modèles inverter uniquement. Les splits 9 000 BTU "
      "commencent à 290 000 FCFA posé, les 12 000 BTU à 320 000 FCFA. Les pièces détachées de ces 4 marques sont "
      "en stock à notre atelier.",
      "vente", ["marques", "marque", "modèles", "lg", "samsung", "gree"],
      ["vous vendez quelle marque", "vous avez du samsung", "quel modèle vous conseillez"])
entry("consommation", "Comment réduire la consommation de mon climatiseur ?",
      "Un modèle inverter consomme jusqu'à 40 % de moins qu'un ancien modèle. Réglez-le sur 25 à 27 °C plutôt que "
      "18 °C, fermez portes et fenêtres et nettoyez les filtres régulièrement : chaque degré en moins ajoute environ "
      "7 % à la facture d'électricité.",
      "conseils", ["consommation", "électricité", "facture", "économie", "inverter"],
      ["ma clim consomme trop", "comment payer moins d'électricité", "quelle température régler"])
entry("panne", "Mon climatiseur ne refroidit plus, que faire ?",
      "Vérifiez d'abord que la télécommande est en mode froid et que les filtres ne sont pas bouchés. Si l'air reste "
      "tiède, notre technicien fait un diagnostic pour 10 000 FCFA, déduits si vous faites la réparation avec nous. "
      "Une recharge de gaz coûte de 25 000 à 40 000 FCFA selon la puissance.",
      "dépannage", ["refroidit", "panne", "recharge", "gaz", "diagnostic"],
      ["ma clim ne fait plus de froid", "recharge de gaz prix", "la clim est en panne"])
entry("delai", "En combien de temps intervenez-vous pour une panne ?",
      "Dans Dakar, nous intervenons en général sous 24 heures, et sous 48 heures à Rufisque et Diamniadio. Pour une "
      "urgence le jour même, comptez un supplément de 10 000 FCFA, selon la disponibilité des équipes.",
      "dépannage", ["délai", "intervention", "urgence", "rapidement", "dépannage"],
      ["vous venez quand pour une panne", "intervention urgente", "combien de temps avant de venir"])
entry("fuite", "Mon climatiseur fuit, est-ce grave ?",
      "Une fuite d'eau vient presque toujours d'une évacuation des condensats bouchée ou d'un filtre encrassé. "
      "Éteignez l'appareil et appelez-nous : le débouchage et le nettoyage de l'évacuation coûtent 10 000 FCFA. "
      "Une fuite de gaz se remarque plutôt par un appareil qui ne refroidit plus.",
      "dépannage", ["fuite", "fuit", "eau", "goutte", "condensats"],
      ["de l'eau coule de la clim", "la clim goutte", "fuite d'eau climatiseur"])
entry("entretien", "Proposez-vous un contrat d'entretien ?",
      "Oui : le contrat annuel comprend 2 visites (nettoyage complet, contrôle du gaz et de l'évacuation) et coûte "
      "35 000 FCFA par appareil. À partir de 5 appareils au même endroit, il passe à 30 000 FCFA par appareil. Un "
      "nettoyage ponctuel sans contrat coûte 15 000 FCFA.",
      "entretien", ["entretien", "contrat", "maintenance", "visite", "nettoyage"],
      ["contrat de maintenance pour bureau", "vous faites l'entretien des clims", "prix du nettoyage"])
entry("filtres", "Comment nettoyer les filtres moi-même ?",
      "Ouvrez le capot de l'unité intérieure, retirez les 2 filtres, rincez-les à l'eau tiède sans détergent et "
      "laissez-les sécher à l'ombre avant de les remettre. Faites-le toutes les 2 semaines en saison sèche et pendant "
      "l'harmattan, sinon une fois par mois.",
      "entretien", ["filtres", "filtre", "nettoyer", "poussière", "capot"],
      ["comment laver les filtres", "tous les combien nettoyer", "la clim est pleine de poussière"])
entry("zones", "Dans quelles zones intervenez-vous ?",
      "Nous couvrons Dakar, Pikine, Guédiawaye, Rufisque et Diamniadio sans frais de déplacement. À Thiès, Saly et "
      "Mbour, nous venons avec un forfait de déplacement de 25 000 FCFA. Nous n'intervenons pas au-delà.",
      "société", ["zones", "zone", "déplacement", "thiès", "saly", "mbour"],
      ["vous venez jusqu'à saly", "vous travaillez à rufisque", "frais de déplacement"])
entry("garantie", "Quelle garantie avez-vous ?",
      "Les appareils neufs sont garantis 2 ans pièces et main-d'œuvre, le compresseur 5 ans chez LG et Samsung. Notre "
      "installation est garantie 1 an. La garantie ne couvre pas les dégâts dus aux surtensions : nous conseillons "
      "un régulateur de tension (35 000 FCFA posé).",
      "vente", ["garantie", "garanti", "compresseur", "sav", "surtension"],
      ["la clim est garantie combien", "garantie compresseur", "et si ça tombe en panne après"])
entry("paiement", "Comment puis-je payer ?",
      "Nous acceptons les espèces, Wave, Orange Money et le virement. Pour une installation, un acompte de 50 % est "
      "demandé à la commande et le reste à la fin des travaux. Au-dessus de 300 000 FCFA, vous pouvez payer en 3 "
      "fois sans frais.",
      "société", ["paiement", "payer", "wave", "acompte", "orange money"],
      ["je peux payer par wave", "faut-il un acompte", "payer en plusieurs fois"])
entry("horaires", "Quels sont vos horaires ?",
      "L'atelier de Sacré-Cœur 3 et le standard (33 555 41 20) sont ouverts du lundi au samedi de 8 h à 19 h. Le "
      "dimanche, seules les urgences sont assurées. Nous fermons les jours de Tabaski et de Korité.",
      "société", ["horaires", "ouvert", "heures", "samedi", "dimanche"],
      ["vous ouvrez à quelle heure", "vous travaillez le dimanche", "vous êtes où"])
entry("rdv", "Comment annuler ou déplacer un rendez-vous ?",
      "Appelez le 33 555 41 20 ou écrivez-nous sur WhatsApp. Jusqu'à 24 heures avant, c'est gratuit ; moins de 24 "
      "heures avant, nous facturons 5 000 FCFA de déplacement. Pour une installation annulée plus de 72 heures "
      "avant, l'acompte est remboursé en entier.",
      "société", ["annuler", "déplacer", "rendez-vous", "annulation", "report"],
      ["je veux changer mon rendez-vous", "annuler la pose", "l'acompte est remboursé"])
entry("demontage", "Pouvez-vous démonter un climatiseur pour un déménagement ?",
      "Oui : la dépose soignée avec récupération du gaz coûte 30 000 FCFA, la repose au nouveau logement 60 000 "
      "FCFA avec tirage au vide. Si une recharge de gaz est nécessaire, elle est facturée en plus. Prévoyez les 2 "
      "rendez-vous au moins 1 semaine à l'avance.",
      "installation", ["démonter", "démontage", "dépose", "déménagement", "repose"],
      ["on déménage, vous pouvez enlever la clim", "prix pour démonter et remonter", "déplacer une clim"])

write_faq("fr", FAQ)

convs = [
    # 1
    [
        ("nanga def ! j'ai un ptit studio a ouakam, 3 metres sur 5 a peu pres, sous la dalle. il me faut quoi "
         "comme appareil et vous me le mettez a combien ?",
         BOTH(E["puissance"], E["pose"]) + " — about 15 m² under the roof slab: 12 000 BTU (one step up from 9 000 "
         "because of the slab), free evaluation visit in Dakar; fitting alone 85 000 FCFA up to 12 000 BTU, supplied "
         "and fitted from 320 000 FCFA for a 12 000 BTU inverter ('nanga def' = how are you, Wolof; 'la dalle' = "
         "the concrete roof slab; power and installation never named)",
         HALF + "; 9 000 BTU without the slab remark; only the supplied-and-fitted price"),
        ("je peux regler ca petit a petit ?",
         F(E["paiement"]) + " — 50 % deposit on ordering and the rest at the end; above 300 000 FCFA in 3 instalments "
         "free of charge; cash, Wave, Orange Money, transfer (paying in instalments never named)",
         NEW + "saying it must be paid at once"),
        ("et si la machine me lache dans 1 an ?",
         F(E["garantie"]) + " — new units 2 years parts and labour, compressor 5 years on LG and Samsung, the "
         "installation 1 year; power surges not covered ('me lâche' = breaks down; warranty never named)",
         NEW + "the breakdown-diagnosis entry only"),
        ("jerejef, on est ensemble",
         "Small talk: thanks + goodbye ('jërëjëf' = thank you, Wolof; 'on est ensemble' = see you, take care, "
         "Senegalese French) — short friendly close",
         SMALL),
    ],
    # 2
    [
        ("salam, g une question svp",
         "Too vague to answer ('salam' = hello) — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("depuis ce matin ca coule sans arret du truc au dessus du lit, le matelas est trempé",
         TYPE + F(E["fuite"]) + " — almost always a blocked condensate drain or a dirty filter: switch it off and "
         "call, unblocking and cleaning the drain 10 000 FCFA (leak never named)",
         "tapping a choice; asking to rephrase; the gas-recharge entry as the answer"),
        ("vous montez jusqu'a saly ? et si c urgent vous etes la en combien de temps",
         BOTH(E["zones"], E["delai"]) + " — Saly with a 25 000 FCFA travel fee (Dakar, Pikine, Guédiawaye, Rufisque, "
         "Diamniadio free); usually within 24 h in Dakar, 48 h in Rufisque and Diamniadio, same day +10 000 FCFA "
         "depending on the teams (no delay given for Saly: may say a person will confirm)",
         HALF + "; saying Saly is not served; promising a time for Saly"),
        ("wa, c'est une vraie personne qui tape la ou bien c'est l'ordinateur ?",
         "Small talk: are you a bot ('wa' = well, so) — honestly an automated assistant; may offer a person",
         "claiming to be a person; an FAQ answer"),
    ],
    # 3
    [
        ("bonsoir, c'est pour l'histoire de la derniere fois",
         "Too vague to answer — choices or a clarifying question",
         "a handover; one entry given as certain"),
        ("non non, aucun de ceux la",
         TYPE + "Typed rejection — apologise and ask what exactly it is about; no handover yet",
         "the same choices again; a handover straight away"),
        ("le split du salon tourne mais il sort que de l'air chaud. dafa tang lool, les enfants dorment pas",
         F(E["panne"]) + " — check the remote is on cooling and the filters aren't clogged; diagnosis 10 000 FCFA, "
         "deducted if repaired with the shop; gas recharge 25 000-40 000 FCFA ('dafa tang lool' = it's very hot, "
         "Wolof; not cooling never named)",
         "asking to rephrase again; the leak entry; the consumption entry"),
        ("vous vendez aussi des groupes electrogenes ? avec les coupures on en a marre",
         "Not covered (selling or installing power generators, near the trade but not offered; 'coupures' = power "
         "cuts) — say so plainly; may offer a person",
         "inventing generator prices; the consumption entry as if it answered"),
    ],
    # 4
    [
        ("Bonjour. Nous avons des bureaux au Plateau avec 6 splits. Vous pouvez passer les revoir deux fois par "
         "an ? Et vous venez aussi en fin de semaine ? Du lundi au vendredi le personnel est là",
         BOTH(E["entretien"], E["horaires"]) + " — annual contract with 2 visits, 35 000 FCFA per unit, 30 000 FCFA "
         "per unit from 5 units at the same place (so 30 000 here), one-off cleaning 15 000 FCFA; Monday-Saturday "
         "8-19, Sunday emergencies only (maintenance contract never named)",
         HALF + "; 35 000 per unit without the 5-unit rate; saying Saturday is closed"),
        ("30 000 par appareil ?? pour 6 on vous donne 100 000 pour le tout, c'est largement suffisant, et la "
         "premiere visite vous la faites gratuite",
         "Push-back: apologise; the FAQ has 30 000 FCFA per unit from 5 units (180 000 for 6) and no free visit — "
         "say so and offer a person",
         "accepting 100 000 or a free visit; the same answer again without acknowledging"),
        ("bon ca suffit. passez moi votre patron tout de suite, je discute pas avec une machine",
         "Request: angry + person — apologise briefly and hand over",
         PW),
        ("allo ? y a quelqu'un ou bien ?",
         WAIT + WAITING,
         "an FAQ answer; 'how can I help?' as if new"),
    ],
    # 5
    [
        ("C'EST DU VOL ! j'appelle mercredi soir pour decaler le passage de jeudi matin et vous me facturez 5000 F "
         "pour le trajet alors que votre gars n'a meme pas bougé !!",
         F(E["rdv"]) + " — apologise; free up to 24 hours before, under 24 hours 5 000 FCFA travel fee (Wednesday "
         "evening for Thursday morning is under 24 hours); as the technician had not set out, a person to check "
         "is due ('5000 F' = 5 000 FCFA; appointment, cancelling never named)",
         "no apology; defending the fee with nothing else; the areas entry's travel fee"),
        ("au fait vous savez si le TER va jusqu'a diamniadio le dimanche ?",
         "Not covered (unrelated: whether the TER commuter train runs to Diamniadio on Sundays) — say so kindly",
         "an FAQ answer; the areas entry; a handover"),
        ("rappelez moi au 77 555 63 09, apres la priere de 14h de preference",
         "Request: callback with number ('après la prière de 14h' = after the early-afternoon prayer) — hand over "
         "to a person with the number and the time kept; no promise of a time",
         PW + "; asking for the number again; the shop's number instead"),
        ("ca va prendre encore longtemps ? je dois recuperer les enfants a l'ecole dans 10 min",
         WAIT + WAITING,
         "the opening hours; an invented wait time"),
    ],
    # 6
    [
        ("on avait calé les 2 splits pour samedi a mermoz mais le bailleur veut pas qu'on perce son mur. donc "
         "laissez tomber, et l'avance que j'ai donné ?",
         F(E["rdv"]) + " — free up to 24 hours before, less than 24 hours 5 000 FCFA; an installation called off "
         "more than 72 hours before gets the deposit back in full, so it depends on when; claim nothing as done "
         "('bailleur' = landlord, 'l'avance' = the deposit; cancelling never named)",
         "claiming it is cancelled; saying the deposit is lost"),
        ("bon, inch'allah",
         "Ambiguous reply ('inch'Allah' = God willing: yes, or maybe, or resignation) — ask what they mean or "
         "restate the step (call or WhatsApp to cancel); nothing claimed as done",
         "claiming it is cancelled; a random FAQ answer"),
        ("autre chose : vous avez quoi comme marques ? et c'est lequel qui bouffe le moins, la senelec me tue",
         BOTH(E["marques"], E["consommation"]) + " — LG, Samsung, Gree, Midea, inverter only, from 290 000 FCFA "
         "fitted; inverter up to 40 % less, set 25-27 °C, doors shut, clean filters, each degree lower about 7 % "
         "more ('la Senelec' = the electricity company, i.e. the bill)",
         HALF + "; naming brands not in the FAQ"),
        ("dafa doy ! dama beugg wax ak nit ku deug, du ak masin bi. donnez moi quelqu'un !",
         "Request: person in Wolof and French ('that's enough! I want to talk to a real person, not the machine; "
         "give me someone') — hand over to a person",
         PW + "; answering an FAQ; asking to write in French"),
    ],
    # 7
    [
        ("bonsoir, on quitte liberte 6 pour yoff a la fin du mois. vous pouvez enlever la clim de la chambre et "
         "nous la remettre la-bas ?",
         F(E["demontage"]) + " — yes: careful removal with gas recovery 30 000 FCFA, refitting 60 000 FCFA with "
         "vacuuming, gas recharge extra if needed, book both visits at least 1 week ahead (removal never named)",
         "the installation price of a new unit; saying it is not done"),
        ("et ca fait combien au total ?",
         F(E["demontage"]) + " — 90 000 FCFA for both (30 000 + 60 000), a gas recharge extra if needed",
         NEW + "a new installation's price"),
        ("ok. et les filtres je fais comment pour les laver en attendant ? merci",
         F(E["filtres"]) + " — open the indoor unit's cover, take out the 2 filters, rinse in lukewarm water without "
         "detergent, dry in the shade; every 2 weeks in the dry season and harmattan, else monthly; thanks "
         "acknowledged",
         NEW + "no thanks acknowledged; the maintenance contract only"),
    ],
]

write_plan("fr", convs)
