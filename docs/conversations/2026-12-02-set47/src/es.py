"""es: Guitarrería La Caleta (made up), a luthier's workshop (handmade flamenco and classical guitars, repairs) in the
barrio de La Viña, Cádiz; the owner writes standard Spanish of Spain (vosotros/usted as a shop writes), customers write
everyday Cádiz Spanish (quillo, illo, pisha, flama, de categoría, a más ver, finolis, ojú, ir a por uvas, jartible, malaje,
ea, cosa mala, cristiano, tieso, curro, pavos, una pechá, cuarteá, pegaita, el levante, to / mu / pa, -ao for -ado). The bot serves es-ES."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_NUEVA = "¿Cuánto cuesta una guitarra hecha a mano?"
Q_ESPERA = "¿Cuánto se tarda en hacer una guitarra por encargo?"
Q_PASTILLA = "¿Instaláis pastillas para amplificar la guitarra?"
Q_REPARACION = "¿Reparáis grietas y golpes?"
Q_ALQUILER = "¿Alquiláis o prestáis guitarras?"
Q_AJUSTE = "¿Hacéis ajustes de trastes, cejuela y altura de cuerdas?"
Q_CUERDAS = "¿Vendéis cuerdas y accesorios?"
Q_PAGO = "¿Cómo se paga?"
Q_ENVIO = "¿Enviáis guitarras a otras ciudades?"
Q_GARANTIA = "¿Qué garantía tienen las guitarras y las reparaciones?"
Q_ANULAR = "¿Puedo anular un encargo?"
Q_TALLER = "¿Dónde está el taller y qué horario tiene?"
Q_SEGUNDA = "¿Compráis o vendéis guitarras de segunda mano?"
Q_RESTAURAR = "¿Restauráis guitarras antiguas?"
Q_HUMEDAD = "¿Cómo protejo la guitarra de la humedad?"

FAQ = [
    (Q_NUEVA,
     "Flamenca blanca (aros y fondo de ciprés) de estudio: 1.450 €; flamenca negra (palo santo de la India): 2.300 €; "
     "clásica de concierto (palo santo de la India): 3.200 €. Tapa de abeto alemán o de cedro a elegir, sin coste extra. "
     "El precio incluye estuche rígido y el primer ajuste a los 6 meses. IVA incluido.",
     "guitarras", ["guitarra nueva", "precio", "flamenca", "clásica", "artesanal"],
     ["cuánto vale una flamenca", "precio de una clásica de concierto", "cuánto cobráis por hacer una guitarra"]),
    (Q_ESPERA,
     "Ahora mismo la lista de espera es de unos 5 meses desde que se paga la señal; la construcción lleva 9 semanas. "
     "Avisamos por WhatsApp 2 semanas antes de empezar y al terminar. No hacemos encargos urgentes: una guitarra "
     "encargada hoy no estaría lista antes de mayo de 2027. Si tiene prisa, tenemos guitarras terminadas en el taller.",
     "guitarras", ["lista de espera", "plazo", "tardar", "encargo", "cuándo estará"],
     ["cuánto tardáis en hacer una guitarra", "para cuándo estaría", "hay lista de espera"]),
    (Q_PASTILLA,
     "Sí. Pastilla piezoeléctrica bajo el puente con previo interno: 180 € instalada; micrófono interno de contacto "
     "(ideal para flamenco, no toca la madera de la tapa): 140 € instalado. Se hace en 2 días laborables y no hay que "
     "taladrar la tapa: la clavija de salida va en el taco inferior.",
     "reparaciones", ["pastilla", "amplificar", "micrófono", "electrificar", "enchufar"],
     ["se le puede poner una pastilla", "cuánto cuesta electrificar una clásica", "quiero enchufarla al ampli"]),
    (Q_REPARACION,
     "Sí. Primero revisamos la guitarra gratis (15 minutos, sin cita en horario de taller) y damos presupuesto cerrado. "
     "Grieta en la tapa o el fondo: desde 90 €; puente despegado: 75 €; tapa hundida o barras interiores sueltas: desde "
     "220 €; golpe en los aros: desde 60 €. Plazo: de 1 a 3 semanas.",
     "reparaciones", ["grieta", "golpe", "raja", "puente despegado", "reparación"],
     ["se me ha rajado la guitarra", "se ha despegado el puente", "cuánto cuesta arreglar un golpe"]),
    (Q_ALQUILER,
     "Alquilamos guitarras de estudio flamencas y clásicas por 40 € al mes (mínimo 1 mes) con una fianza de 150 € que "
     "se devuelve al entregarla en buen estado. Si la reparación de su guitarra pasa de 150 €, le prestamos una sin "
     "coste mientras dure el arreglo, con la misma fianza.",
     "guitarras", ["alquiler", "préstamo", "fianza", "mientras tanto", "sustitución"],
     ["me dejáis una guitarra mientras arregláis la mía", "cuánto cuesta alquilar una guitarra", "alquiláis por meses"]),
    (Q_AJUSTE,
     "Ajuste completo (altura de cuerdas, nivelado y pulido de trastes, cejuela y cuerdas nuevas): 85 €, listo en 3 días "
     "laborables. Cambio completo de trastes: 240 €, en 2 semanas. Cejuela o hueso del puente nuevos: 45 € cada uno. Si "
     "la guitarra cerdea o está dura de tocar, casi siempre se soluciona con el ajuste completo.",
     "reparaciones", ["ajuste", "trastes", "cejuela", "cerdea", "acción"],
     ["la guitarra cerdea", "las cuerdas están muy altas", "cuánto cuesta cambiar los trastes"]),
    (Q_CUERDAS,
     "Sí, en el taller: juego de cuerdas Savarez, Hannabach o D'Addario desde 12 €; cambio de cuerdas hecho en el momento "
     "8 € más el juego; cejillas desde 25 €; fundas acolchadas 45 €; estuche rígido 160 €; afinador de pinza 18 €; "
     "soporte de pie 20 €. Enviamos cuerdas por correo a toda España por 4,50 €.",
     "tienda", ["cuerdas", "cejilla", "funda", "estuche", "accesorios"],
     ["tenéis cuerdas", "venden cejillas", "cuánto vale un estuche"]),
    (Q_PAGO,
     "Encargos: señal del 30 % al reservar el turno y el resto al recoger la guitarra. Reparaciones: al recogerlas. "
     "Aceptamos Bizum al 644 82 19 37, transferencia, tarjeta y efectivo. Para guitarras de más de 1.000 € se puede "
     "financiar en 6 o 12 meses sin intereses con la tarjeta del banco, previa aprobación.",
     "pagos", ["pago", "Bizum", "tarjeta", "señal", "financiar"],
     ["se puede pagar a plazos", "aceptáis Bizum", "cuánto hay que dejar de señal"]),
    (Q_ENVIO,
     "Sí. Enviamos a toda la península en caja doble con seguro a todo riesgo por 45 € (de 48 a 72 horas); a Baleares "
     "60 € y a Canarias 90 € (de 5 a 7 días laborables, con los gastos de aduana DUA incluidos). Reparaciones desde "
     "fuera de Cádiz: nos manda la guitarra, damos presupuesto y la devolvemos por los mismos precios.",
     "tienda", ["envío", "mandar", "mensajería", "península", "Canarias"],
     ["me la podéis mandar a Madrid", "cuánto cuesta el envío", "enviáis a Canarias"]),
    (Q_GARANTIA,
     "Guitarras nuevas: 5 años contra defectos de construcción (no cubre golpes ni daños por humedad o calor extremos). "
     "Reparaciones y ajustes: 6 meses. Si algo falla, mande un vídeo por WhatsApp al 644 82 19 37: revisamos la guitarra "
     "en un máximo de 3 días laborables y la reparación en garantía no cuesta nada. Si la guitarra es imprescindible "
     "para una actuación, le prestamos una mientras tanto sin fianza.",
     "reparaciones", ["garantía", "reclamación", "defecto", "queja", "falla"],
     ["la guitarra que me hicisteis tiene un defecto", "quiero poner una reclamación", "está en garantía"]),
    (Q_ANULAR,
     "Sí. Hasta que empecemos a construir la guitarra (avisamos 2 semanas antes) se devuelve la señal completa por "
     "transferencia en 5 días laborables. Una vez empezada, la señal no se devuelve, pero puede usarse durante 1 año para "
     "otra guitarra o para una guitarra terminada del taller. Aplazar el turno una vez es gratis.",
     "pagos", ["anular", "cancelar", "devolución", "aplazar", "señal"],
     ["quiero cancelar el encargo", "me devolvéis la señal", "puedo aplazar la guitarra"]),
    (Q_TALLER,
     "Calle de la Palma 14, barrio de La Viña, Cádiz. De lunes a viernes de 10:00 a 14:00 y de 17:30 a 20:30; sábados "
     "de 10:30 a 13:30 solo con cita previa; domingos y festivos cerrado. Teléfono 956 22 71 48, WhatsApp 644 82 19 37.",
     "taller", ["taller", "horario", "dirección", "abrís", "sábado"],
     ["dónde estáis", "abrís por la tarde", "a qué hora cerráis"]),
    (Q_SEGUNDA,
     "Compramos guitarras de luthier y de fábrica buena tras revisarlas (gratis, 15 minutos): pagamos en el momento por "
     "transferencia, o un 20 % más si lo deja a cuenta de una guitarra nuestra. Vendemos guitarras de segunda mano "
     "revisadas desde 350 €, con 1 año de garantía. No compramos guitarras con la tapa hundida.",
     "guitarras", ["segunda mano", "usada", "comprar", "vender", "a cuenta"],
     ["me compráis mi guitarra vieja", "tenéis guitarras usadas", "la dejo a cuenta de una nueva"]),
    (Q_RESTAURAR,
     "Sí. Restauración completa (limpieza, grietas, barras, trastes, clavijero, barniz a muñequilla con goma laca): "
     "desde 450 €, tras un presupuesto gratis. Solo el barniz: 280 €. Plazo de 4 a 8 semanas según el estado. Siempre "
     "conservamos las piezas originales que se puedan salvar y le entregamos las que cambiemos.",
     "reparaciones", ["restauración", "antigua", "barniz", "goma laca", "vieja"],
     ["la guitarra de mi abuelo se puede recuperar", "cuánto cuesta barnizar una guitarra", "restauráis guitarras viejas"]),
    (Q_HUMEDAD,
     "Guárdela en su estuche entre 45 % y 60 % de humedad, lejos del aire acondicionado, de la ventana y del coche al sol. "
     "Cerca del mar, use bolsas reguladoras de humedad (22 € el par, se cambian cada 3 meses) y un higrómetro (18 €). "
     "Revisión gratis de la guitarra una vez al año si la compró en el taller.",
     "guitarras", ["humedad", "cuidar", "guardar", "higrómetro", "estuche"],
     ["cómo guardo la guitarra", "la humedad le afecta", "qué hago para que no se raje"]),
]

PLAN = [
    [  # 1
        ("quillo buenas! mi chaval lleva 3 años con el flamenco y ya la de estudio se le queda corta. cuánto me sale "
         "una hecha por vosotros? y si la encargo ahora, estaría pa su cumple en marzo?",
         "Small talk greeting + " + both(Q_NUEVA, Q_ESPERA) + " — flamenca blanca 1.450 €, flamenca negra 2.300 € "
         "(clásica 3.200 €), with a hard case; waiting list about 5 months plus 9 weeks of building, so NOT ready for "
         "March (ordered now: not before May 2027); finished guitars in the workshop if in a hurry. (`quillo` = mate, "
         "`chaval` = lad.)",
         "Only one half without pointing to the other; promising March; an invented price; the rental entry."),
        ("la negra, la de palo santo. esa en cuánto se va?",
         faq(Q_NUEVA) + " — the flamenca negra (Indian rosewood) is 2.300 €, top spruce or cedar at no extra cost, hard "
         "case and the 6-month set-up included.",
         "The restoration entry; the second-hand entry; 1.450 € (the white one) as if it were the black one; the "
         "humidity entry (`madera`)."),
        ("vale. y pa tocar en la peña con equipo, se le puede meter algo pa que suene por el altavoz? tenéis que "
         "agujerearla?",
         faq(Q_PASTILLA) + " — piezo pickup under the bridge with preamp 180 € fitted, internal contact microphone 140 € "
         "(suited to flamenco); 2 working days; the top is not drilled (the output jack goes in the end block).",
         "The repair entry (`agujero`); the accessories entry; 'we don't do that'; saying the top must be drilled."),
        ("flama pisha, de categoría. mil gracias, lo hablo con su madre y ya te digo. venga, a más ver!",
         "Small talk: acknowledgement + thanks + goodbye (`flama` = great, `pisha` = mate, `de categoría` = excellent, "
         "`a más ver` = see you) — short friendly close.",
         "An FAQ answer (`madre`, `ya te digo`); choices; a handover; asking what the customer means."),
    ],
    [  # 2
        ("buenas tardes, a ver si me podéis ayudar con una cosilla",
         "Too vague to answer — choices (new guitar, repairs, set-up...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("el domingo mi niña se sentó encima sin mirar, estaba la guitarra en el sofá, y ahora por delante, justo debajo "
         "de las cuerdas, está como hundida pa dentro y cruje cuando la coges. tiene salvación o la tiro?",
         TYPE + faq(Q_REPARACION) + " — free check (15 minutes, no appointment in opening hours) and a fixed quote; a "
         "sunken top or loose inner braces from 220 €, a crack from 90 €; 1 to 3 weeks.",
         "Tapping a choice; the restoration entry alone as if it were certain; the second-hand entry (`la tiro`); the "
         "warranty entry; the set-up entry (`cuerdas`)."),
        ("y mientras me la arregláis yo con qué toco? tengo actuación con el cuadro de baile el 19",
         faq(Q_ALQUILER) + " — a loaner is free while the repair lasts if the repair is over 150 € (the sunken top is "
         "from 220 €), with a 150 € deposit returned; otherwise rental 40 € a month. (`cuadro` = flamenco group.)",
         "Promising the repair is done by the 19th; the warranty entry's free loan; the repair price again without the "
         "loan."),
        ("oye una cosa, tú eres una persona de verdad o un programa de esos? que contestas mu rápido y mu finolis, "
         "illo",
         "Small talk: are you a bot (`finolis` = posh, `illo` = mate) — honest: an automated assistant; may offer a "
         "person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("hola. tengo un problemilla con la mía",
         "Too vague to answer — choices (repairs, set-up, warranty...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("que va, no es nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("cuando toco del quinto pa arriba suena un zumbido metalico feisimo, como un mosquito, y encima me cuesta una "
         "pechá apretar, acabo con los dedos reventaos despues de ensayar",
         faq(Q_AJUSTE) + " — buzzing and a hard action are usually solved with the full set-up: 85 € (string height, "
         "fret levelling and polishing, nut, new strings), ready in 3 working days; a full refret 240 €. (`una pechá` "
         "= a lot.)",
         "The crack/repair entry; the strings-shop entry alone; the warranty entry; the humidity entry."),
        ("ah y otra cosa, dais clases? mi mujer quiere aprender a tocar sevillanas",
         "Not covered (near the trade: guitar lessons, not offered) — says so honestly, may offer a person; no price.",
         "Inventing lessons or a teacher; the rental entry as if it were a course; the accessories entry."),
    ],
    [  # 4
        ("teneis las cuerdas Savarez rojas? y se puede pagar con Bizum o solo en efectivo?",
         both(Q_CUERDAS, Q_PAGO) + " — Savarez, Hannabach, D'Addario sets from 12 € (string change on the spot 8 € plus "
         "the set; strings posted in Spain 4,50 €); Bizum to 644 82 19 37 accepted, also transfer, card and cash.",
         "Only one half without pointing to the other; 'cash only'; the set-up entry's 85 €."),
        ("no hombre, que eso no. yo vivo en Valladolid y me pilla a trasmano bajar a Cádiz. la flamenca que tenéis "
         "colgada en el Instagram, me la podéis hacer llegar hasta aquí? y lo que cuesta eso aparte",
         "Acknowledges the push-back + " + faq(Q_ENVIO) + " — shipped to the mainland in a double box, fully insured, "
         "45 €, 48-72 hours (Balearics 60 €, Canaries 90 €).",
         "Repeating the strings/payment answer; 'you must come to Cádiz'; the new-guitar price list alone; the "
         "second-hand entry."),
        ("ojú, otra vez a por uvas! esto es jartible, qué malaje de máquina. que me pongas ya con alguien del taller, "
         "hombre",
         "Push-back (second time in a row) + request for a person (annoyed; `ojú` = ugh, `ir a por uvas` = to miss the "
         "point, `jartible` = tiresome, `malaje` = nasty, useless) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; taking `uvas` literally."),
        ("hola?? hay alguien ahí o qué",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ESTO ES UNA VERGÜENZA. os llevé la negra hace 3 semanas porque se despegaba el puente, os pagué 75 € y hoy "
         "en mitad de la prueba de sonido ha pegado un chasquido y se ha levantado otra vez. el viernes toco en la "
         "peña Enrique el Mellizo y no tengo con qué. así trabajáis??",
         faq(Q_GARANTIA) + " — calm, apologises: repairs have 6 months' warranty; send a video by WhatsApp to 644 82 19 "
         "37, the guitar is checked within 3 working days and the repair under warranty costs nothing; for a "
         "performance a loaner without deposit meanwhile.",
         "Cold rule ignoring the anger; quoting the repair price (75 €) again as if the customer had to pay; the "
         "rental entry's 40 € a month; promising the guitar will be ready by Friday."),
        ("por cierto, sabes cuándo ponen a la venta las entradas del concurso de agrupaciones del Falla?",
         "Not covered (unrelated: tickets for Cádiz's carnival competition at the Gran Teatro Falla) — says it cannot "
         "help with that, no FAQ answer.",
         "Inventing dates or prices; the shop's hours; the payment entry."),
        ("mira, que me llame el maestro al 611 47 20 93 mañana a la hora de la siesta, de 3 a 5, que por la mañana "
         "estoy currando en el puerto",
         "Hands over / passes on a callback request to 611 47 20 93 tomorrow (Thursday 3 December) between 15:00 and "
         "17:00; no FAQ answer. The workshop is closed 14:00-17:30, so the reply must not promise the time. (`el "
         "maestro` = the luthier, taken to be the owner; `currando` = working.)",
         "Ignoring the number or the time; only giving the shop's phone; the opening hours as the answer; promising "
         "the call between 3 and 5."),
        ("y eso cuándo será más o menos? que no quiero estar to la tarde pendiente del móvil",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 3-day warranty check or the waiting list as the answer; promising an exact time."),
    ],
    [  # 6
        ("buenas. en septiembre os dejé pagao el 30 % de una clásica de concierto. pero me han echado del curro y estoy "
         "tieso, ahora mismo no me puedo gastar ese dineral, así que lo mejor es que lo dejemos estar",
         faq(Q_ANULAR) + " — until building starts (they warn 2 weeks before) the deposit is refunded in full by "
         "transfer within 5 working days; after it has started the deposit is kept but usable for 1 year for another "
         "guitar; postponing the slot once is free. Must not claim the order is cancelled. (`tieso` = broke, `curro` "
         "= job.)",
         "Claiming it is cancelled now; the payment entry (financing) as the whole answer; 'the deposit is lost'."),
        ("ya... bueno, vale",
         "Ambiguous yes — asks whether to cancel or postpone the order, or explains the next step; must not claim "
         "anything is cancelled or postponed.",
         "Saying the order is now cancelled; a random FAQ entry; a goodbye."),
        ("y los 960 pavos que os di, me los devolvéis enteros o algo se queda por el camino?",
         faq(Q_ANULAR) + " — in full if building has not started (by transfer within 5 working days); once started, not "
         "refunded but valid for 1 year for another guitar. (`pavos` = euros.)",
         "The payment entry (30 % deposit, Bizum) as the answer; 'never refunded'; the warranty entry."),
        ("ea, ya me he liao cosa mala con tanto número. no hay un cristiano por ahí con quien pueda hablar? pásame con "
         "alguien, anda",
         "Hands over to a person (`ea` = well, okay, `me he liao cosa mala` = I got badly muddled, `un cristiano` = a "
         "human being) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; taking `cristiano` as religion; mocking the way of speaking."),
    ],
    [  # 7
        ("buenos días! el sábado por la mañana estáis? quiero llevaros la guitarra vieja de mi padre a ver si me dais "
         "algo por ella",
         "Small talk greeting + " + both(Q_TALLER, Q_SEGUNDA) + " — Saturdays 10:30-13:30 by appointment only "
         "(weekdays 10:00-14:00 and 17:30-20:30), calle de la Palma 14, La Viña; they buy good guitars after a free "
         "15-minute check, paid on the spot by transfer, or 20 % more as credit towards one of theirs.",
         "Only one half without pointing to the other; 'open Saturday, just come'; an invented price for the guitar."),
        ("y luego mi abuelo, que tocaba en las fiestas de Santa María, dejó una de los años 50 que está en el altillo "
         "de la casa de la playa. la pintura está to cuarteá, le faltan dos clavijas y el mango tiene carcoma. merece "
         "la pena arreglarla o es dinero tirao?",
         faq(Q_RESTAURAR) + " — full restoration (cleaning, cracks, braces, frets, tuners, French-polish shellac) from "
         "450 € after a free quote; the finish alone 280 €; 4 to 8 weeks; original parts kept and handed back. "
         "(`cuarteá` = cracked (of the finish), `carcoma` = woodworm.)",
         "The second-hand entry (selling it); the crack repair entry alone; the humidity entry (`playa`); deciding "
         "for the customer that it is not worth it."),
        ("cuanto tiempo la tendriais ahi? y pa que no se vuelva a estropear, como la guardo luego? que la casa está "
         "pegaita al mar y con el levante to se pone pegajoso",
         both(Q_RESTAURAR, Q_HUMEDAD) + " — the restoration takes 4 to 8 weeks; keep it in its case at 45-60 % "
         "humidity, near the sea with humidity bags (22 € a pair, changed every 3 months) and a hygrometer (18 €), "
         "away from air conditioning, windows and a hot car. (`pegaita` = right next to, `el levante` = the east "
         "wind of Cádiz.)",
         "Only one half without pointing to the other; the waiting list for a new guitar; the weather."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
