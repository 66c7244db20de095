"""es: Residencia Universitaria Los Tintes (made up), a student residence in Salamanca, plain everyday Spain Spanish."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_HAB = "¿Qué tipos de habitación tienen y cuánto cuestan?"
Q_INCL = "¿Qué incluye el precio de la habitación?"
Q_COMIDA = "¿Hay comedor y qué comidas entran?"
Q_FIANZA = "¿Cuánto es la fianza y cuándo se devuelve?"
Q_ESTANCIA = "¿Cuál es la estancia mínima?"
Q_WIFI = "¿Cómo funciona el wifi?"
Q_LAVANDERIA = "¿Hay lavandería en la residencia?"
Q_VISITAS = "¿Pueden venir visitas a mi habitación?"
Q_SILENCIO = "¿Hay horario de silencio?"
Q_RESERVA = "¿Cómo reservo una plaza?"
Q_PAGO = "¿Cómo se paga la mensualidad?"
Q_CANCELAR = "¿Puedo cancelar mi reserva?"
Q_LLEGADA = "¿Cuándo puedo entrar y cómo es la llegada?"
Q_UBICACION = "¿Dónde está la residencia y cómo se llega a la universidad?"
Q_COCINA = "¿Se puede cocinar en la residencia?"

FAQ = [
    (Q_HAB,
     "Tenemos cuatro tipos: habitación doble compartida, 480 € al mes por persona; individual con baño compartido entre "
     "2 habitaciones, 620 € al mes; individual con baño propio, 710 € al mes; y estudio con cocina propia, 850 € al mes. "
     "Todas tienen cama de 90 cm (135 cm en el estudio), escritorio, armario y calefacción.",
     "habitaciones", ["tipos de habitación", "individual", "doble", "estudio", "precio"],
     ["cuanto cuesta una habitacion", "que habitaciones teneis", "precio de la individual"]),
    (Q_INCL,
     "El precio incluye agua, luz, calefacción, wifi, limpieza de la habitación una vez por semana, ropa de cama con cambio "
     "cada 15 días, sala de estudio abierta 24 horas, gimnasio y recepción 24 horas. Las toallas y la comida no están "
     "incluidas (la comida se contrata aparte).",
     "habitaciones", ["incluido", "gastos", "limpieza", "ropa de cama", "luz y agua"],
     ["que entra en el precio", "los gastos van aparte", "limpiais las habitaciones"]),
    (Q_COMIDA,
     "Sí, el comedor está en la planta baja. La media pensión (desayuno y cena) cuesta 130 € más al mes y la pensión "
     "completa 190 € más al mes. Horario: desayuno de 7:30 a 10:00, comida de 13:30 a 15:30 y cena de 20:30 a 22:00. Hay "
     "menú sin gluten, vegetariano y para alergias si lo avisa con 7 días.",
     "comidas", ["comedor", "pensión completa", "media pensión", "desayuno", "menú"],
     ["se puede comer en la residencia", "cuanto cuesta la pension completa", "dais de cenar"]),
    (Q_FIANZA,
     "La fianza es de una mensualidad y se paga al entrar. Se devuelve por transferencia en un plazo de 30 días desde la "
     "salida, después de revisar la habitación; solo se descuentan los desperfectos o las mensualidades pendientes, con "
     "el detalle por escrito.",
     "pagos", ["fianza", "depósito", "devolución de la fianza", "desperfectos"],
     ["cuando me devolveis la fianza", "cuanto hay que dejar de fianza", "no me ha llegado la fianza"]),
    (Q_ESTANCIA,
     "Lo normal es el curso completo, de septiembre a junio. La estancia mínima es de 3 meses; para estudiantes Erasmus "
     "aceptamos un cuatrimestre (5 meses). En julio y agosto alquilamos por semanas, desde 190 € la semana.",
     "estancia", ["estancia mínima", "curso completo", "cuatrimestre", "Erasmus", "verano"],
     ["cuanto tiempo minimo hay que estar", "se puede solo un cuatrimestre", "alquilais en verano"]),
    (Q_WIFI,
     "Toda la residencia tiene fibra de 600 Mb y cada habitación tiene además una toma de cable. Cada residente puede "
     "conectar hasta 3 aparatos con su usuario. Si falla, avise en recepción (24 horas) o en el 923 41 76 52.",
     "servicios", ["wifi", "internet", "conexión", "fibra", "red"],
     ["que tal va el internet", "cuantos dispositivos puedo conectar", "no me funciona el wifi"]),
    (Q_LAVANDERIA,
     "Sí, en el sótano hay 6 lavadoras y 4 secadoras, abiertas de 8:00 a 23:00. La lavadora cuesta 2 € y la secadora 1,50 "
     "€, con fichas que se compran en recepción. El detergente no está incluido, pero se vende en recepción a 3 €.",
     "servicios", ["lavandería", "lavadora", "secadora", "fichas"],
     ["donde se lava la ropa", "hay lavadoras", "cuanto cuesta lavar"]),
    (Q_VISITAS,
     "Sí, de 10:00 a 23:00, registrándose en recepción con el DNI. Las visitas no pueden quedarse a dormir en las "
     "habitaciones; para familiares tenemos una habitación de invitados a 35 € la noche, reservando en recepción.",
     "normas", ["visitas", "invitados", "amigos", "familia", "quedarse a dormir"],
     ["pueden venir mis padres", "puede dormir un amigo", "hasta que hora pueden estar las visitas"]),
    (Q_SILENCIO,
     "Sí: de domingo a jueves de 23:00 a 8:00 y los viernes y sábados de 0:00 a 9:00; en época de exámenes, silencio las "
     "24 horas en las plantas de estudio. Si alguien no lo respeta, avise en recepción (24 horas, extensión 9) y el "
     "personal de noche pasa en ese momento. Con 3 avisos por escrito se pierde la plaza.",
     "normas", ["silencio", "ruido", "horario de descanso", "molestias", "fiestas"],
     ["a partir de que hora no se puede hacer ruido", "mis vecinos hacen ruido", "se pueden hacer fiestas"]),
    (Q_RESERVA,
     "Rellene el formulario de la web y pague 250 € de reserva con tarjeta; esa cantidad se descuenta del primer mes. Le "
     "confirmamos la plaza por correo en 48 horas. Las plazas para el curso siguiente se abren el 1 de marzo y se asignan "
     "por orden de reserva.",
     "reservas", ["reservar", "plaza", "solicitud", "formulario", "pagar la reserva"],
     ["como pido plaza", "quiero reservar habitacion", "cuando se abren las plazas"]),
    (Q_PAGO,
     "La mensualidad se cobra por domiciliación bancaria entre el día 1 y el 5 de cada mes; con una cuenta extranjera se "
     "puede pagar por transferencia. La mensualidad no se paga con tarjeta (solo la reserva). Si paga el curso entero por "
     "adelantado, tiene un 3 % de descuento. Si el recibo se devuelve, hay un recargo de 20 €.",
     "pagos", ["pago", "mensualidad", "domiciliación", "recibo", "transferencia"],
     ["como pago cada mes", "se puede pagar con tarjeta", "cuando se cobra el mes"]),
    (Q_CANCELAR,
     "Sí. Si cancela por correo más de 30 días antes de la fecha de entrada, le devolvemos los 250 € de la reserva menos "
     "50 € de gastos de gestión; con menos de 30 días, la reserva no se devuelve. Si ya vive aquí y quiere irse antes, "
     "avise con 30 días de antelación o perderá la fianza.",
     "reservas", ["cancelar", "anular", "gastos de cancelación", "irse antes"],
     ["quiero anular la reserva", "que pasa si al final no voy", "puedo irme antes de junio"]),
    (Q_LLEGADA,
     "Puede entrar a partir del 1 de septiembre (o del día que indique su reserva), de 10:00 a 20:00. Si llega más tarde, "
     "avise a recepción con 24 horas y le dejamos la llave en recepción, que está abierta las 24 horas. Traiga el DNI o "
     "pasaporte y el justificante de la reserva.",
     "llegada", ["llegada", "entrada", "llave", "check-in", "primer día"],
     ["a que hora puedo llegar", "llego de noche que hago", "que dia se puede entrar"]),
    (Q_UBICACION,
     "Estamos en la calle de los Tintes 14, en Salamanca, a 10 minutos andando del Edificio Histórico y a 15 del campus "
     "Miguel de Unamuno; la parada del autobús 4 está a 100 metros. Hay aparcamiento de bicis gratis y plazas de garaje a "
     "60 € al mes.",
     "llegada", ["dirección", "ubicación", "campus", "autobús", "garaje"],
     ["donde estais", "a cuanto queda la facultad", "hay sitio para aparcar"]),
    (Q_COCINA,
     "Sí: en cada planta hay una cocina común con microondas, placas, horno y nevera, abierta de 7:00 a 24:00. Cada "
     "residente tiene una balda en la nevera y una taquilla. Los estudios tienen cocina propia. En las habitaciones no se "
     "puede cocinar.",
     "servicios", ["cocina", "cocinar", "microondas", "nevera"],
     ["puedo hacerme la comida", "hay cocina", "se puede calentar comida"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with a Salamanca word
        ("hola buenas! cuanto cuesta una habitacion individual? y la comida entra o es aparte",
         "Small talk greeting + " + both(Q_HAB, Q_COMIDA) + " — single room 620 €/month (710 € with own bathroom); meals "
         "are extra: half board +130 €, full board +190 € a month.",
         "Only one half without pointing to the other; saying meals are included; a handover."),
        ("y con baño dentro?",
         faq(Q_HAB) + " — single with own bathroom 710 € a month.",
         "The cleaning / what-is-included entry; the laundry entry; asking what she means without trying."),
        ("vale. y hay que estar todo el curso o se puede menos?",
         faq(Q_ESTANCIA) + " — normally September to June; minimum 3 months; Erasmus one term (5 months); summer by the "
         "week from 190 €.",
         "The cancellation entry; the booking entry; saying the whole year is compulsory."),
        ("perfecto chacho, muchas gracias. hasta luego!",
         "Small talk: acknowledgement + thanks + goodbye (`chacho` = mate, typical of Salamanca) — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola queria preguntar una cosa de la resi",
         "Too vague to answer — choices (rooms and prices, booking, meals, what is included...) or a clarifying "
         "question.",
         "A handover; one entry answered at length as if sure."),
        ("mi hijo va a entrar en septiembre y no tiene ni idea de poner una lavadora, alli como lo hacen? cuesta algo?",
         TYPE + faq(Q_LAVANDERIA) + " — 6 washers and 4 dryers in the basement, 8:00-23:00; washer 2 €, dryer 1,50 €, "
         "tokens from reception; detergent not included (3 € at reception).",
         "Tapping an earlier choice; the what-is-included entry saying laundry is included; the cleaning of rooms."),
        ("y las sabanas?",
         faq(Q_INCL) + " — bed linen is included and changed every 15 days (towels are not).",
         "The laundry prices as if he had to wash the sheets himself; asking what he means; the rooms entry."),
        ("oiga esto lo contesta un robot o hay alguien?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("buenas, tengo un problema con vosotros",
         "Too vague to answer — choices (payment, booking, deposit...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, nada de eso",
         TYPE + "Typed rejection — asks what happened / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("hace tres semanas que deje el cuarto y aun no me ha llegado lo que pague al principio como garantia",
         faq(Q_FIANZA) + " — the deposit is returned by bank transfer within 30 days of leaving, after checking the room; "
         "only damage or unpaid months are deducted, in writing. Three weeks is still within the 30 days.",
         "The booking entry (the 250 € reservation); the cancellation entry; a handover without the rule."),
        ("y ya que estoy, me podeis buscar un piso compartido para el curso que viene?",
         "Not covered by the FAQ (near the trade: finding a shared flat is not offered) — says so honestly, offers a "
         "person or the phone number.",
         "Inventing a flat-finding service; the booking entry as if it answered; the stay entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, empiezo teleco en la usal en septiembre. como reservo plaza? y el wifi va bien? que lo voy a usar mucho",
         both(Q_RESERVA, Q_WIFI) + " — web form + 250 € booking fee by card (deducted from the first month), "
         "confirmation by e-mail in 48 h, places open 1 March; fibre 600 Mb, a cable socket in every room, up to 3 "
         "devices.",
         "Only one half without pointing to the other; the payment entry alone; the location entry."),
        ("no me has contestado a lo que te pregunte. y lo de cada mes, lo puedo abonar con tarjeta?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_PAGO) + " — direct debit "
         "between the 1st and 5th; bank transfer with a foreign account; the monthly fee is not paid by card (only the "
         "booking); 3 % off if the year is paid in advance.",
         "Ignoring the complaint and repeating the previous answer; saying the monthly fee can be paid by card; a "
         "handover without answering."),
        ("madre mia, no te enteras de nada. quiero hablar con una persona YA",
         "Push-back (second time in a row) + request for a person (direct, angry) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hola?? hay alguien o no",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("los de al lado ponen la musica a tope hasta las 3 de la mañana TODOS los dias y llevo una semana sin pegar ojo. "
         "para esto pago 710 euros al mes???",
         faq(Q_SILENCIO) + " — calm, acknowledges the anger: quiet hours 23:00-8:00 Sun-Thu (0:00-9:00 Fri-Sat); tell "
         "reception (24 h, extension 9) at the moment and the night staff goes up; 3 written warnings and they lose the "
         "room. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the rooms/prices entry because of the 710 €; the visits entry; a handover "
         "with no explanation."),
        ("por cierto, sabes que dia cae el lunes de aguas este año?",
         "Not covered (unrelated: the date of the Lunes de Aguas, a Salamanca feast) — says it cannot help with that, "
         "no FAQ answer.",
         "Any FAQ entry (e.g. the arrival or quiet hours); inventing a date."),
        ("mira, que me llame alguien de direccion al 652 38 14 90, mejor por la tarde",
         "Hands over / passes on a callback request to 652 38 14 90, in the afternoon; no FAQ answer.",
         "Ignoring the number; only giving the residence's phone number; an FAQ answer; asking to rephrase."),
        ("y cuanto van a tardar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The booking confirmation's 48 h; the deposit's 30 days; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("al final no me han dado la beca y no me puedo permitir salamanca este año, asi que la plaza que reserve para "
         "octubre no la voy a usar",
         faq(Q_CANCELAR) + " — cancel by e-mail; more than 30 days before the arrival date the 250 € are returned minus "
         "50 € handling, less than 30 days nothing; do not claim it is done. A word of sympathy is a plus.",
         "Claiming the booking has been cancelled; the deposit entry; the payment entry."),
        ("si vale",
         "Ambiguous yes — asks what she means or explains what happens next (send the e-mail / a person); must not claim "
         "anything was cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry."),
        ("y me devolveis los 250 enteros?",
         faq(Q_CANCELAR) + " — no: 250 € minus 50 € handling if more than 30 days before arrival (October: depends on "
         "today's date); nothing if less than 30 days.",
         "Saying all 250 € come back; the deposit entry (30 days after leaving); asking what 250 she means."),
        ("miarma no me entero de na, ponme con alguien de ahi anda",
         "Hands over to a person (Andalusian: `miarma` = my dear, `de na` = de nada) — short, no FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenas tardes! pueden subir amigos a mi cuarto? y hay algun sitio para hacerme yo la cena",
         "Small talk greeting + " + both(Q_VISITAS, Q_COCINA) + " — visitors 10:00-23:00, registered at reception with "
         "their DNI, no overnight stays; a shared kitchen on every floor (7:00-24:00) with a shelf in the fridge and a "
         "locker; no cooking in the rooms.",
         "Only one half without pointing to the other; the dining-room entry instead of the kitchen."),
        ("y hasta que hora los dejan estar?",
         faq(Q_VISITAS) + " — until 23:00.",
         "The quiet hours; the kitchen hours (24:00); asking who she means."),
        ("otra cosa, llego el 2 de septiembre en el tren de las 10 de la noche, habra alguien para darme la llave? y "
         "donde dejo la bici",
         both(Q_LLEGADA, Q_UBICACION) + " — normal arrival 10:00-20:00, but tell reception 24 h before and the key waits "
         "at reception (open 24 h); bring ID and booking proof; free bike parking (garage places 60 €/month).",
         "Only one half without pointing to the other; saying she cannot arrive after 20:00; the visits entry."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
