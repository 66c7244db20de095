"""es: Reformas Dunas del Confital (made up), a home renovation company in Las Palmas de Gran Canaria, Canarian
customers writing plain everyday Spanish (with `ustedes` for the plural, as in the Canaries) and a few Canarian words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_BANO = "¿Hacen reformas de baño?"
Q_COCINA = "¿Hacen reformas de cocina?"
Q_PRESUPUESTO = "¿El presupuesto es gratis?"
Q_M2 = "¿Cuánto cuesta el metro cuadrado?"
Q_DURACION = "¿Cuánto duran las obras?"
Q_PERMISO = "¿Necesito permiso del ayuntamiento?"
Q_ESCOMBROS = "¿Se llevan los escombros?"
Q_GARANTIA = "¿Qué garantía tienen las obras?"
Q_AZULEJOS = "¿Puedo elegir los azulejos?"
Q_HORARIO_OBRA = "¿En qué horario trabajan y hacen mucho ruido?"
Q_PAGO = "¿Cómo se paga la obra?"
Q_PLAZOS = "¿Se puede pagar a plazos?"
Q_CANCELAR = "¿Puedo cancelar una obra ya contratada?"
Q_OFICINA = "¿Dónde está la oficina y qué horario tiene?"
Q_ZONA = "¿Trabajan en toda la isla?"

FAQ = [
    (Q_BANO,
     "Sí, es lo que más hacemos. Un baño completo de hasta 5 m² (quitar lo viejo, fontanería nueva, alicatado, suelo, "
     "plato de ducha, sanitarios y mampara) cuesta desde 4.900 € con IGIC incluido. Cambiar solo la bañera por un plato "
     "de ducha, con su mampara, sale desde 1.150 € y se hace en 2 días.",
     "baños", ["baño", "reforma de baño", "plato de ducha", "bañera", "sanitarios"],
     ["cuanto cuesta reformar un baño", "cambiar la bañera por ducha", "hacen baños completos"]),
    (Q_COCINA,
     "Sí. Una cocina completa de unos 8 m² con muebles, encimera, alicatado, fontanería y electricidad nuevas cuesta "
     "desde 6.500 € con IGIC; los electrodomésticos van aparte. Puede elegir los muebles en nuestra exposición entre 12 "
     "acabados, o ponemos los que usted compre.",
     "cocinas", ["cocina", "reforma de cocina", "muebles de cocina", "encimera", "electrodomésticos"],
     ["cuanto sale una cocina nueva", "reforman cocinas", "quiero cambiar la cocina entera"]),
    (Q_PRESUPUESTO,
     "Sí, la visita y el presupuesto son gratis y sin compromiso. Un técnico va a su casa a medir y ver la obra (unos 45 "
     "minutos) y le mandamos el presupuesto detallado por partidas en 72 horas. El presupuesto es válido 30 días. "
     "Pida la visita al 928 47 63 15 o por WhatsApp al 638 20 94 71.",
     "presupuestos", ["presupuesto", "visita", "sin compromiso", "gratis", "medir"],
     ["cobran por el presupuesto", "pueden venir a ver la obra", "cuanto tardan en mandar el presupuesto"]),
    (Q_M2,
     "Precios orientativos con material básico e IGIC: solado de suelo desde 38 €/m², alicatado de paredes desde 42 €/m², "
     "pintura desde 9 €/m², tarima laminada desde 29 €/m² y una reforma integral de piso entre 450 y 700 €/m² según los "
     "acabados. El precio exacto va siempre en el presupuesto.",
     "precios", ["precio por metro", "metro cuadrado", "m2", "suelo", "tarifa"],
     ["a como sale el metro", "cuanto cobran por metro de suelo", "precio de una reforma integral"]),
    (Q_DURACION,
     "Un baño completo lleva de 7 a 10 días laborables, una cocina de 3 a 4 semanas y una reforma integral de piso de 2 a "
     "3 meses. Solemos empezar entre 4 y 6 semanas después de firmar el presupuesto, y el día de inicio se fija por "
     "escrito en el contrato.",
     "plazos", ["duración", "plazo", "cuánto tardan", "semanas", "fecha de inicio"],
     ["cuanto tiempo dura la obra", "cuando pueden empezar", "cuantas semanas tardan en un baño"]),
    (Q_PERMISO,
     "Para reformas interiores sin tocar estructura ni fachada basta con una comunicación previa al Ayuntamiento de Las "
     "Palmas de Gran Canaria; si hay que tirar tabiques o cambiar ventanas de fachada puede hacer falta una licencia. "
     "Nosotros hacemos el trámite por 120 €; la tasa municipal (en torno al 4 % del presupuesto) la paga usted. Tarda de "
     "10 a 15 días.",
     "permisos", ["licencia", "ayuntamiento", "permiso de obra", "comunicación previa", "trámites"],
     ["hace falta licencia", "quien pide el permiso", "hay que avisar al ayuntamiento"]),
    (Q_ESCOMBROS,
     "Sí, la retirada está incluida en todos los presupuestos. Sacamos todo en sacos al final de cada día y lo llevamos a "
     "un punto limpio autorizado; si la obra es grande ponemos un contenedor (el permiso para la calle, unos 60 €, va en "
     "el presupuesto). Al terminar dejamos la casa barrida y limpia.",
     "obra", ["escombros", "retirada", "contenedor", "sacos", "limpieza final"],
     ["quien se lleva los escombros", "ponen contenedor", "dejan limpio al terminar"]),
    (Q_GARANTIA,
     "Todas nuestras obras tienen 2 años de garantía en mano de obra y acabados y 3 años en fontanería y electricidad, "
     "por escrito en la factura. Si aparece un defecto, avise al 928 47 63 15 con fotos y un técnico va en un máximo de "
     "5 días laborables, sin coste para usted.",
     "garantía", ["garantía", "años de garantía", "defectos", "reclamación", "repasos"],
     ["cuanta garantia dan", "que pasa si algo sale mal", "tienen garantia las reformas"]),
    (Q_AZULEJOS,
     "Sí. En nuestra exposición hay más de 300 modelos de azulejos y suelos, y un diseñador le ayuda a elegir (cita de 1 "
     "hora, gratis). El presupuesto incluye material de hasta 25 €/m²; si elige uno más caro solo paga la diferencia. "
     "También podemos poner los que compre usted.",
     "materiales", ["azulejos", "cerámica", "modelos", "exposición", "revestimiento"],
     ["donde puedo ver azulejos", "puedo comprar yo los azulejos", "que modelos de azulejo tienen"]),
    (Q_HORARIO_OBRA,
     "En las obras trabajamos de lunes a viernes de 8:00 a 17:00, nunca en fines de semana ni festivos. Los trabajos con "
     "ruido (picar, cortar, taladrar) solo de 9:00 a 14:00 y de 15:00 a 17:00, como piden las comunidades. 7 días antes "
     "de empezar dejamos un aviso para los vecinos en el portal.",
     "obra", ["horario de obra", "ruido", "vecinos", "fines de semana", "a qué hora empiezan"],
     ["a que hora empiezan los obreros", "trabajan los sabados", "hacen mucho ruido"]),
    (Q_PAGO,
     "Un 30 % al firmar el presupuesto, un 40 % a mitad de obra y el 30 % restante al terminar, cuando usted haya revisado "
     "todo. Aceptamos transferencia, tarjeta y Bizum (hasta 1.000 € por pago). Todas las facturas llevan el IGIC del 7 %.",
     "pagos", ["pago", "forma de pago", "transferencia", "tarjeta", "Bizum", "factura"],
     ["como se paga", "hay que pagar por adelantado", "aceptan tarjeta"]),
    (Q_PLAZOS,
     "Sí. Para obras desde 1.500 € puede financiarlo hasta en 12 meses sin intereses o hasta 60 meses con intereses, a "
     "través de una financiera. Necesita su DNI y la última nómina o pensión, y la respuesta llega en 48 horas.",
     "pagos", ["financiación", "a plazos", "cuotas", "meses sin intereses", "aplazar"],
     ["se puede financiar", "puedo pagar en cuotas", "hay meses sin intereses"]),
    (Q_CANCELAR,
     "Puede cancelar sin coste en los 7 días siguientes a firmar y le devolvemos todo lo pagado. Después, si ya hemos "
     "pedido material a medida (muebles, mamparas, encimeras), se descuenta lo pedido y un 10 % del presupuesto en "
     "concepto de gastos. Cambiar la fecha de inicio es gratis avisando con 10 días.",
     "contratos", ["cancelar", "anular la obra", "echarse atrás", "devolución", "cambiar la fecha"],
     ["quiero cancelar la obra", "me puedo echar para atras", "se puede retrasar el inicio"]),
    (Q_OFICINA,
     "Oficina y exposición: calle Almendro Viejo 22, Schamann, Las Palmas de Gran Canaria. Abrimos de lunes a viernes de "
     "8:30 a 13:30 y de 16:00 a 19:00, y los sábados de 9:30 a 13:00. Hay aparcamiento gratis para clientes con 6 plazas.",
     "oficina", ["dirección", "oficina", "exposición", "horario", "sábados"],
     ["donde estan", "a que hora abren", "abren los sabados"]),
    (Q_ZONA,
     "Sí, trabajamos en toda Gran Canaria. En Las Palmas de Gran Canaria, Telde, Arucas y Santa Brígida no cobramos "
     "desplazamiento; en el resto de la isla (sur, norte y cumbre) añadimos 25 € por día de obra. No trabajamos en otras "
     "islas.",
     "zona", ["zona", "municipios", "desplazamiento", "sur de la isla", "Telde"],
     ["trabajan en el sur", "van a Telde", "cobran desplazamiento"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Canarian words
        ("buenas! quiero reformar el baño de casa, cuanto me saldria mas o menos? y por venir a verlo cobran algo?",
         "Small talk greeting + " + both(Q_BANO, Q_PRESUPUESTO) + " — a full bathroom up to 5 m² from 4.900 € with IGIC "
         "(bath → shower tray from 1.150 €); the visit and quote are free, quote in 72 h, valid 30 days, phone 928 47 63 "
         "15 / WhatsApp 638 20 94 71.",
         "Only one half without pointing to the other; inventing one fixed price; the per-m² price list alone; a "
         "handover."),
        ("y cuanto tiempo me quedo sin poder ducharme?",
         faq(Q_DURACION) + " — a full bathroom takes 7-10 working days (changing only the bath for a shower tray: 2 days, "
         "from the bathroom entry, is a fine addition).",
         "The kitchen or whole-flat durations only; the working-hours entry; asking what she means without trying."),
        ("y todo el cascote que sale, quien lo quita?",
         faq(Q_ESCOMBROS) + " — included in every quote: bagged and taken away daily to an authorised point, a skip for "
         "big jobs (street permit about 60 € in the quote), house left swept and clean.",
         "The price entry; saying she has to arrange it; the permit entry (town hall) instead of the rubble."),
        ("ok fuerte, muchas gracias mi niño, hasta luego!",
         "Small talk: acknowledgement + thanks + goodbye (Canarian: `fuerte` = great, `mi niño` = affectionate address) — "
         "short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola, tengo una duda con la cocina",
         "Too vague to answer — choices (kitchen renovation, tiles, prices, durations...) or a clarifying question.",
         "A handover; the kitchen entry answered at length as if sure."),
        ("quiero poner azulejos nuevos en la pared de la cocina y no se cuales, donde puedo ver modelos?",
         TYPE + faq(Q_AZULEJOS) + " — over 300 tile models in the showroom, free 1-hour appointment with a designer; "
         "material up to 25 €/m² included in the quote. Adding the showroom address is fine.",
         "Tapping an earlier choice; the full-kitchen entry (6.500 €); only the address and opening hours without the "
         "tiles."),
        ("y si me gusta uno mas caro?",
         faq(Q_AZULEJOS) + " — the quote includes material up to 25 €/m²; she pays only the difference (or she can buy "
         "the tiles herself).",
         "The per-m² laying prices; the financing entry; asking what she means."),
        ("usted es una persona de verdad o es un programa?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("buenas, les escribo por lo de la obra",
         "Too vague to answer — choices (durations, prices, payment, permits...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("mi cuñado dice que pa tirar un tabique hay que hacer papeleo oficial, es asi?",
         faq(Q_PERMISO) + " — interior work without structure or facade: a prior notice (comunicación previa) to the town "
         "hall; knocking down partition walls may need a licence; the company does the paperwork for 120 €, the municipal "
         "fee (about 4 % of the budget) is the customer's; 10-15 days.",
         "'Not covered'; the rubble entry; the price entry; saying no paperwork is ever needed; a handover without the "
         "entry."),
        ("y piscinas arreglan? tengo una en la casa de santa brigida que pierde agua por algun lado",
         "Not covered by the FAQ (near the trade: pool repairs are not offered) — says so honestly, offers a person or "
         "the phone number.",
         "Inventing a pool-repair service or a price; the area entry (Santa Brígida is served) as if it answered; the "
         "warranty entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, cuanto cobran por metro por poner suelo nuevo en el salon? y a que hora empiezan a trabajar, que yo "
         "trabajo de noche y duermo por la mañana",
         both(Q_M2, Q_HORARIO_OBRA) + " — floor tiling from 38 €/m² (laminate from 29 €/m²); work Mon-Fri 8:00-17:00, "
         "noisy work only 9:00-14:00 and 15:00-17:00, never at weekends; neighbours get a notice 7 days before.",
         "Only one half without pointing to the other; the whole-flat price only; the office's opening hours instead of "
         "the working hours."),
        ("no me ha contestado a lo que le pregunte. y eso lo puedo ir soltando mes a mes?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PLAZOS) + " — from 1.500 €: "
         "up to 12 months interest-free or up to 60 with interest, DNI and last payslip or pension, answer in 48 h.",
         "Ignoring the complaint and repeating the previous answer; only the payment entry (30/40/30 %) as if no "
         "instalments existed; a handover without answering."),
        ("que desastre. mire, quiero hablar con alguien de la empresa",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hay alguien?? llevo un rato esperando",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. office hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("hace 8 meses me hicieron el baño y ya se estan despegando las juntas y sale humedad por la pared!! 5000 euros "
         "tirados a la basura, que vergüenza",
         faq(Q_GARANTIA) + " — calm, acknowledges the anger: 2 years on workmanship and finishes, 3 on plumbing; call 928 "
         "47 63 15 with photos and a technician comes within 5 working days at no cost. Offering a person as well is "
         "fine.",
         "A cold answer ignoring the anger; the bathroom price entry because of the 5000 €; the tiles entry because of "
         "the joints; a handover with no explanation."),
        ("oiga y sabe a que hora pasa la guagua pa triana?",
         "Not covered (unrelated: the city bus to Triana; Canarian `guagua` = bus) — says it cannot help with that, no "
         "FAQ answer.",
         "Any FAQ entry (e.g. the office address or the area served); inventing a timetable."),
        ("bueno da igual, que me llame el encargado al 619 52 08 47 por la tarde, despues de las 4",
         "Hands over / passes on a callback request to 619 52 08 47, after 16:00; no FAQ answer.",
         "Ignoring the number; only giving the company's phone number; an FAQ answer; asking to rephrase."),
        ("y eso cuanto tarda?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The works' durations (7-10 days for a bathroom); the 5 working days of the warranty visit stated as a promise; "
         "promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("hace tres dias firmamos lo de la cocina y dimos el 30 %, pero a mi marido le salio trabajo en tenerife y nos "
         "mudamos alli, asi que ya no vamos a hacer nada",
         faq(Q_CANCELAR) + " — free within 7 days of signing, everything paid is returned (three days have passed, so "
         "she is within the period); changing the start date is free with 10 days' notice; offers a person or the phone; "
         "does not claim it is done.",
         "Claiming the job has been cancelled; saying the 30 % is lost; the payment or financing entry; the area entry "
         "because of Tenerife."),
        ("ok dale",
         "Ambiguous yes — asks what she means or explains what happens next (call 928 47 63 15 / a person); must not "
         "claim anything was cancelled.",
         "Saying the job is now cancelled; a random FAQ entry."),
        ("y lo que pagamos nos lo devuelven entero?",
         faq(Q_CANCELAR) + " — within 7 days of signing everything paid is returned; later, made-to-measure material "
         "already ordered and 10 % of the budget would be kept.",
         "Saying she loses the 30 %; the payment entry alone; asking what money she means."),
        ("ños chacho no me aclaro con esto, pasame con alguien de la oficina porfa",
         "Hands over to a person (Canarian: `ños` = gosh, `chacho` = hey/mate) — short, no FAQ answer.",
         "An FAQ answer (e.g. the office address); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenas tardes. cuanto sale hacer una cocina nueva de unos 8 metros? y eso se puede pagar en cuotas?",
         "Small talk greeting + " + both(Q_COCINA, Q_PLAZOS) + " — a full kitchen of about 8 m² from 6.500 € with IGIC, "
         "appliances extra; financing from 1.500 €: up to 12 months interest-free or up to 60 with interest, answer in "
         "48 h.",
         "Only one half without pointing to the other; the per-m² price list (8 metros is the kitchen's size); the "
         "30/40/30 payment entry alone."),
        ("y si vivo en maspalomas?",
         faq(Q_ZONA) + " — yes, the whole of Gran Canaria; outside Las Palmas, Telde, Arucas and Santa Brígida (so in "
         "Maspalomas, in the south) 25 € per working day for travel.",
         "Saying they only work in Las Palmas; the office address; asking what he means."),
        ("donde tienen la exposicion? y se puede pagar con tarjeta?",
         both(Q_OFICINA, Q_PAGO) + " — calle Almendro Viejo 22, Schamann, Mon-Fri 8:30-13:30 and 16:00-19:00, Sat "
         "9:30-13:00, free parking; card yes (also transfer, Bizum up to 1.000 €), 30 % / 40 % / 30 %.",
         "Only one half without pointing to the other; the financing entry alone; inventing an address."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
