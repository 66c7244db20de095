"""es: Toldos y Persianas Brisamar (made up), an awnings, blinds and shutters installer in Malaga, plain everyday
Spain Spanish with a few Andalusian words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TIPOS = "¿Qué tipos de toldos instalan?"
Q_PRECIO = "¿Cuánto cuesta un toldo?"
Q_MEDIR = "¿Vienen a tomar medidas?"
Q_MOTOR = "¿Se pueden motorizar los toldos y las persianas?"
Q_PLAZO = "¿Cuánto tardan en instalarlo?"
Q_REPARAR = "¿Reparan toldos y persianas?"
Q_GARANTIA = "¿Qué garantía tienen?"
Q_LONAS = "¿Qué lonas y colores tienen?"
Q_COMUNIDAD = "¿Necesito permiso de la comunidad de propietarios?"
Q_PAGO = "¿Cómo se paga?"
Q_FINANCIAR = "¿Se puede pagar a plazos?"
Q_CANCELAR = "¿Puedo anular un pedido?"
Q_HORARIO = "¿Dónde está la tienda y qué horario tienen?"
Q_PERSIANAS = "¿Qué persianas instalan?"
Q_ZONA = "¿Trabajan fuera de Málaga capital?"

FAQ = [
    (Q_TIPOS,
     "Instalamos toldos de brazo extensible para terrazas (hasta 6 m de ancho y 3,5 m de salida), toldos cofre, que "
     "guardan la lona dentro de una caja, toldos de punto recto para balcones y ventanas, toldos verticales y estores "
     "exteriores para el sol de poniente o el que entra de lado, y toldos pérgola con guías para áticos y terrazas "
     "grandes. En la visita le recomendamos el que mejor encaja.",
     "toldos", ["tipos de toldo", "brazo extensible", "cofre", "punto recto", "toldo vertical", "pérgola"],
     ["que toldos teneis", "que toldo me pongo en la terraza", "diferencia entre cofre y brazo"]),
    (Q_PRECIO,
     "Depende de la medida y del modelo. Como referencia, instalado y con IVA: toldo de brazo extensible de 3 × 2 m desde "
     "420 €, toldo cofre de 4 × 3 m desde 890 €, toldo de punto recto para ventana desde 160 € y toldo vertical desde "
     "190 €. El motor va aparte. Después de la visita le damos un presupuesto cerrado, válido 30 días.",
     "precios", ["precio", "cuánto cuesta", "presupuesto", "tarifa", "precio del toldo"],
     ["cuanto sale un toldo", "precio de un toldo de 3 metros", "cuanto me costaria el toldo de la terraza"]),
    (Q_MEDIR,
     "Sí. La visita para medir y asesorarle es gratis en Málaga capital y hasta 25 km; más lejos cuesta 30 €, que le "
     "descontamos si hace el pedido. Llevamos el muestrario de lonas y le mandamos el presupuesto en 48 horas. Pida la "
     "visita al 952 36 18 40 o por WhatsApp al 622 41 75 09.",
     "visitas", ["tomar medidas", "visita", "medición", "venir a casa", "asesoramiento"],
     ["venis a medir", "quien toma las medidas", "podeis venir a ver la terraza"]),
    (Q_MOTOR,
     "Sí, también los que ya tiene puestos. Motorizar una persiana cuesta desde 180 € por ventana, instalado y sin obra, "
     "y un toldo desde 240 €. Llevan mando a distancia; el sensor de viento, que recoge el toldo solo, cuesta 90 € y el "
     "control desde el móvil, 60 €.",
     "motores", ["motor", "motorizar", "mando a distancia", "sensor de viento", "automático"],
     ["cuanto cuesta poner motor a la persiana", "toldo con mando", "se puede poner motor a un toldo viejo"]),
    (Q_PLAZO,
     "Todo se fabrica a medida: desde que acepta el presupuesto tardamos de 10 a 15 días laborables, y en primavera (de "
     "abril a junio) hasta 4 semanas. La instalación en sí dura de 2 a 4 horas y la hacen 2 instaladores; usted solo "
     "tiene que estar en casa.",
     "pedidos", ["plazo de entrega", "tiempo de instalación", "cuánto tarda", "fabricación", "cuándo lo ponen"],
     ["cuanto tardais en ponerlo", "cuando me lo instalais", "cuanto tiempo de espera hay"]),
    (Q_REPARAR,
     "Sí, de cualquier marca, aunque no los hayamos puesto nosotros. La visita del técnico cuesta 35 € y se descuenta si "
     "hacemos la reparación. Precios orientativos: cambiar la cinta de una persiana desde 45 €, cambiar lamas rotas desde "
     "60 € y cambiar la lona de un toldo desde 150 €. Solemos ir en 3 a 5 días laborables.",
     "reparaciones", ["reparación", "avería", "arreglar", "técnico", "recambios"],
     ["se me ha roto la persiana", "arreglais toldos", "la persiana no sube"]),
    (Q_GARANTIA,
     "3 años en la instalación y los mecanismos, 5 años en los motores y 5 años en el color de las lonas acrílicas. Si "
     "algo falla dentro de la garantía, llámenos al 952 36 18 40 y el técnico va en un máximo de 72 horas laborables, sin "
     "coste. No cubre los daños por dejar el toldo abierto con viento fuerte ni los golpes.",
     "garantía", ["garantía", "años de garantía", "defecto de fábrica", "reclamación", "sin coste"],
     ["cuanta garantia tiene el toldo", "el motor tiene garantia", "que pasa si se estropea"]),
    (Q_LONAS,
     "Trabajamos con lona acrílica de 300 g/m², que no pierde el color, en más de 200 colores y dibujos (lisos, rayas, "
     "tonos crudos...), y con tejido screen microperforado para toldos verticales, que deja ver hacia fuera. Llevamos el "
     "muestrario a la visita. También rotulamos su logotipo en la lona desde 90 €.",
     "lonas", ["lona", "colores", "tejido", "muestrario", "rayas", "rotular"],
     ["que colores hay", "teneis lonas de rayas", "podeis poner el logo en el toldo"]),
    (Q_COMUNIDAD,
     "Si el toldo o la persiana se ven desde la fachada, la comunidad puede exigir un modelo y un color concretos, así que "
     "pregunte antes al administrador. Muchas comunidades de Málaga ya tienen un color aprobado y tenemos registrados más "
     "de 40. Si tiene que llevarlo a la junta, le preparamos gratis una ficha con foto, color y medidas. Un toldo normal "
     "no necesita licencia del Ayuntamiento.",
     "permisos", ["comunidad", "permiso", "junta de vecinos", "fachada", "mismo color"],
     ["necesito permiso de los vecinos", "la comunidad me deja poner un toldo", "hay que pedir licencia"]),
    (Q_PAGO,
     "Al aceptar el presupuesto se paga una señal del 30 % y el resto el día de la instalación, cuando esté todo "
     "comprobado. Aceptamos tarjeta, transferencia, Bizum y efectivo. Siempre le damos factura con la garantía.",
     "pagos", ["pago", "señal", "tarjeta", "Bizum", "transferencia", "factura"],
     ["como se paga", "hay que dejar señal", "se puede pagar con tarjeta"]),
    (Q_FINANCIAR,
     "Sí. Para pedidos desde 300 € puede financiarlo en 3, 6 o 12 meses sin intereses, o hasta 24 meses con intereses, a "
     "través de una financiera. Solo necesita su DNI y una nómina o pensión, y la respuesta llega en 24 horas. En ese "
     "caso la señal del 30 % se sustituye por la primera cuota.",
     "pagos", ["financiación", "plazos", "cuotas", "meses sin intereses", "aplazar el pago"],
     ["se puede financiar", "puedo pagarlo en cuotas", "teneis meses sin intereses"]),
    (Q_CANCELAR,
     "Sí, sin coste en las 48 horas siguientes a firmar el presupuesto, y le devolvemos la señal entera. Pasado ese plazo "
     "ya hemos pedido la lona y el material a su medida, así que la señal del 30 % no se devuelve. Cambiar el día de la "
     "instalación es gratis si avisa con 24 horas al 952 36 18 40.",
     "pedidos", ["anular", "cancelar pedido", "echarse atrás", "devolución", "cambiar la fecha"],
     ["quiero anular el pedido", "me puedo echar atras", "puedo cambiar el dia de la instalacion"]),
    (Q_HORARIO,
     "Nuestra exposición está en la calle Maestro Alfarero 17, en Málaga, con aparcamiento propio para 8 coches. Abrimos "
     "de lunes a viernes de 9:00 a 14:00 y de 17:00 a 20:00, y los sábados de 10:00 a 13:30. En agosto solo abrimos por "
     "las mañanas.",
     "tienda", ["dirección", "tienda", "exposición", "horario", "sábado", "aparcar"],
     ["donde estais", "a que hora abris", "abris los sabados"]),
    (Q_PERSIANAS,
     "Persianas enrollables de aluminio con aislante térmico, de PVC y de seguridad, persianas alicantinas de madera o "
     "PVC para patios y balcones, y estores y venecianas de interior. Cambiar una persiana vieja por una de aluminio en "
     "una ventana normal (1,20 × 1,20 m) cuesta desde 150 € instalada y sin obra: aprovechamos el cajón que ya tiene.",
     "persianas", ["persianas", "aluminio", "alicantina", "estores", "cambiar persiana", "venecianas"],
     ["que persianas teneis", "quiero cambiar las persianas viejas", "haceis alicantinas"]),
    (Q_ZONA,
     "Sí, en toda la provincia: la Costa del Sol de Nerja a Manilva, la Axarquía, el Valle del Guadalhorce y Antequera. "
     "Hasta 25 km de Málaga no cobramos desplazamiento; más lejos, la visita para medir cuesta 30 € (se descuenta del "
     "pedido) y la instalación lleva un suplemento de 0,40 € por km.",
     "zona", ["provincia", "pueblos", "Costa del Sol", "desplazamiento", "Marbella"],
     ["trabajais en marbella", "vais a los pueblos", "cobrais el desplazamiento"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Andalusian words
        ("hola buenas! quiero poner un toldo en la terraza, cuanto sale mas o menos? y venis vosotros a medir o os mando "
         "yo las medidas?",
         "Small talk greeting + " + both(Q_PRECIO, Q_MEDIR) + " — e.g. extending-arm awning 3 × 2 m from 420 €, cassette "
         "4 × 3 m from 890 € (installed, VAT included, motor extra); the measuring visit is free in Malaga and up to 25 km, "
         "quote in 48 h, phone 952 36 18 40 / WhatsApp 622 41 75 09.",
         "Only one half without pointing to the other; inventing one fixed price without the sizes; telling him to "
         "measure himself; a handover."),
        ("y si el sol me entra de lado por la tarde, cual me pongo?",
         faq(Q_TIPOS) + " — a vertical awning or exterior blind for the low afternoon sun coming in from the side "
         "(the other types briefly); the visit helps choose.",
         "The price entry again; the fabrics entry (screen fabric alone without the type); asking what he means without "
         "trying."),
        ("y desde que os lo encargo hasta que lo tengo puesto, cuantas semanas son?",
         faq(Q_PLAZO) + " — 10-15 working days from accepting the quote (up to 4 weeks April-June); fitting itself 2-4 "
         "hours.",
         "The cancelling entry; the 48 h for the quote; the warranty; inventing a date."),
        ("ea pues perfecto, muchas gracias quillo. hasta luego!",
         "Small talk: acknowledgement + thanks + goodbye (Andalusian: `ea` = well then, `quillo` = mate) — short "
         "friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("buenas, una pregunta sobre persianas",
         "Too vague to answer — choices (types of blinds, motorising, repairs, prices...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("en el dormitorio se me ha roto la cinta y ya no sube ni baja, eso lo arreglais?",
         TYPE + faq(Q_REPARAR) + " — yes, any brand; technician's visit 35 € (deducted if repaired); changing a blind "
         "strap from 45 €; usually within 3-5 working days.",
         "Tapping an earlier choice; the new-blinds entry (replacing the whole blind); the warranty entry as if the shop "
         "had fitted it; motorising."),
        ("y eso cuanto me saldria mas o menos?",
         faq(Q_REPARAR) + " — visit 35 € (deducted if they do the repair) + new strap from 45 €.",
         "The awning price list; the new-blind price (150 €); asking what he means."),
        ("oye tu eres una maquina o hay alguien ahi escribiendo?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("hola, os escribo por lo del toldo",
         "Too vague to answer — choices (types, prices, repairs, warranty, permission...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("ninguna de esas, es otra cosa",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("vivo en un bloque y el presidente dice que hay que votarlo en la reunion antes de colgar nada por fuera, como "
         "lo hago?",
         faq(Q_COMUNIDAD) + " — ask the administrator first; many Malaga communities already have an approved colour (the "
         "shop has over 40 on file); a free sheet with photo, colour and sizes for the owners' meeting; no town-hall "
         "licence for a normal awning.",
         "'Not covered'; the measuring-visit entry; the types entry; a handover without the entry."),
        ("y ya que estais, haceis tambien cerramientos de cristal pa la terraza? que en invierno se cuela un frio...",
         "Not covered by the FAQ (near the trade: glass terrace enclosures are not offered) — says so honestly, offers a "
         "person or the phone number.",
         "Inventing a glass-enclosure service or a price; the pergola awning or the vertical awning presented as the "
         "same thing; the types entry as if it answered."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, de que colores teneis las lonas? y cuantos años me dura, que aqui el sol pega de lo lindo",
         both(Q_LONAS, Q_GARANTIA) + " — acrylic fabric 300 g/m² in over 200 colours and patterns, sample book at the "
         "visit; the colour of acrylic fabrics is guaranteed 5 years (fitting and mechanisms 3 years, motors 5).",
         "Only one half without pointing to the other; the price entry; the types entry."),
        ("eso no es lo que te he preguntado. y lo puedo ir pagando poco a poco?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_FINANCIAR) + " — orders from "
         "300 €: 3, 6 or 12 months interest-free (up to 24 with interest), DNI and a payslip or pension, answer in 24 h.",
         "Ignoring the complaint and repeating the previous answer; only the payment entry (30 % deposit, rest on the day) "
         "as if no instalments existed; a handover without answering."),
        ("uf que cruz. dejalo, quiero hablar con una persona de la tienda",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hola?? me vais a contestar o que",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("el toldo que me pusisteis en abril ya no abre, le doy al mando y el motor ni se mueve. 900 euros pa esto, vaya "
         "chapuza!!",
         faq(Q_GARANTIA) + " — calm, acknowledges the anger: motors are guaranteed 5 years (fitting 3 years); call "
         "952 36 18 40 and a technician comes within 72 working hours at no cost. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the price entry because of the 900 €; the motorising entry because of "
         "`motor`/`mando`; the paid repairs entry (35 € visit); a handover with no explanation."),
        ("por cierto sabes si el domingo va a haber terral? que tengo barbacoa",
         "Not covered (unrelated: the weather, Malaga's hot land wind `terral`) — says it cannot help with that, no FAQ "
         "answer.",
         "Any FAQ entry (e.g. the wind sensor or the warranty's wind clause); inventing a forecast."),
        ("mira da igual, que me llame el tecnico al 611 48 27 93, a partir de las 5 que antes estoy trabajando",
         "Hands over / passes on a callback request to 611 48 27 93, after 17:00; no FAQ answer.",
         "Ignoring the number; only giving the shop's phone number; an FAQ answer; asking to rephrase."),
        ("y cuanto vais a tardar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The installation time (10-15 days); the 72 h warranty visit stated as a promise; the 3-5 days for repairs; "
         "promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("la semana pasada encargue unas persianas pa los dos dormitorios y di la señal, pero nos mudamos de piso en "
         "enero y ya no nos hacen falta",
         faq(Q_CANCELAR) + " — free only within 48 h of signing (deposit back in full); after that the material is "
         "ordered to measure and the 30 % deposit is not returned; a week has passed, so tell her gently and offer a "
         "person; do not claim it is done.",
         "Claiming the order has been cancelled; promising the whole deposit back; the payment or instalments entry; the "
         "installation-date change only."),
        ("venga vale",
         "Ambiguous yes — asks what she means or explains what happens next (call 952 36 18 40 / a person); must not "
         "claim anything was cancelled.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("y el dinero que di, lo pierdo?",
         faq(Q_CANCELAR) + " — after the first 48 h the 30 % deposit is kept (it paid for the made-to-measure material); "
         "within 48 h it would have been returned in full.",
         "Saying she gets everything back; the payment entry alone; asking what money she means."),
        ("quillo que no me entero de na, pasame con alguien de la tienda que tengo bulla",
         "Hands over to a person (Andalusian: `quillo` = mate, `tener bulla` = to be in a hurry; `na` = nada) — short, no "
         "FAQ answer.",
         "An FAQ answer (e.g. the shop address); not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenas tardes. teneis persianas que se suban con un boton? y las viejas que tengo en casa se pueden cambiar sin "
         "hacer obra?",
         "Small talk greeting + " + both(Q_MOTOR, Q_PERSIANAS) + " — motorising a blind from 180 € per window with a "
         "remote (existing ones too); replacing an old blind with an aluminium one (1,20 × 1,20 m) from 150 €, no "
         "building work (the existing box is reused).",
         "Only one half without pointing to the other; the awning prices; the repairs entry."),
        ("y pa una casa de campo que tengo en alhaurin tambien vais?",
         faq(Q_ZONA) + " — yes, the whole province (Valle del Guadalhorce included); no travel charge up to 25 km from "
         "Malaga, beyond that the visit costs 30 € (deducted) and fitting 0,40 €/km.",
         "The shop address; saying they only work in Malaga city; asking what she means."),
        ("y donde teneis la tienda? se puede pagar con bizum?",
         both(Q_HORARIO, Q_PAGO) + " — calle Maestro Alfarero 17, Malaga, own car park; Mon-Fri 9:00-14:00 and "
         "17:00-20:00, Sat 10:00-13:30; Bizum yes (also card, transfer, cash), 30 % deposit and the rest on the day.",
         "Only one half without pointing to the other; the instalments entry alone; inventing an address."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
