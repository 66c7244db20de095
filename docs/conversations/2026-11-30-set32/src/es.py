"""es: Centro de Buceo Posidonia Carthago (made up), a scuba diving centre in Cartagena (Murcia), customers writing
plain everyday Spain Spanish (`vosotros`) with a few Murcian words."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_BAUTIZO = "¿Hacéis bautizos de buceo para principiantes?"
Q_NADAR = "¿Hace falta saber nadar?"
Q_CURSOS = "¿Qué cursos PADI tenéis y cuánto cuestan?"
Q_EDAD = "¿Cuál es la edad mínima para bucear?"
Q_MEDICO = "¿Necesito un certificado médico?"
Q_ALQUILER = "¿Alquiláis equipo de buceo?"
Q_BARCO = "¿Cuánto cuestan las inmersiones en barco?"
Q_PECIOS = "¿Se puede bucear en pecios?"
Q_TIEMPO = "¿Qué pasa si se cancela la salida por mal tiempo?"
Q_GRUPOS = "¿Tenéis precios para grupos?"
Q_SEGURO = "¿Está incluido el seguro de buceo?"
Q_TRAER = "¿Qué tengo que traer el día de la inmersión?"
Q_PAGO = "¿Cómo se paga y hay que dejar señal?"
Q_CANCELAR = "¿Puedo cancelar o cambiar una inmersión reservada?"
Q_HORARIO = "¿Dónde estáis y qué horario tenéis?"

FAQ = [
    (Q_BAUTIZO,
     "Sí, es la mejor forma de probar. El bautizo dura unas 3 horas: 30 minutos de explicación en el centro y una "
     "inmersión de 40 minutos desde la playa de Cala Cortina, a 6 metros como máximo, con un instructor por cada 2 "
     "personas. Cuesta 75 € por persona con todo el equipo, el seguro y las fotos incluidos. No hace falta experiencia; "
     "la edad mínima es 10 años.",
     "bautizos", ["bautizo", "principiantes", "primera inmersión", "probar el buceo", "sin experiencia"],
     ["quiero probar a bucear", "cuanto cuesta el bautizo", "nunca he buceado, que puedo hacer"]),
    (Q_NADAR,
     "Para el bautizo no hace falta nadar bien, solo estar a gusto en el agua: el instructor te lleva en todo momento. "
     "Para el curso Open Water tienes que nadar 200 metros sin parar (a cualquier estilo, o 300 m con gafas y aletas) "
     "y flotar 10 minutos.",
     "bautizos", ["saber nadar", "nadar", "prueba de natación", "miedo al agua"],
     ["tengo que saber nadar", "no nado muy bien, puedo bucear", "hay prueba de natacion"]),
    (Q_CURSOS,
     "Open Water Diver (la primera titulación, hasta 18 m): 420 € en 4 días, con 2 sesiones en aguas tranquilas, 4 "
     "inmersiones en el mar, el material didáctico y el certificado PADI. Advanced Open Water (hasta 30 m): 320 € en 2 "
     "días con 5 inmersiones. Rescue Diver: 380 €. Empezamos cursos todos los lunes y sábados de abril a octubre.",
     "cursos", ["curso PADI", "Open Water", "titulación", "Advanced", "sacarse el título"],
     ["cuanto cuesta sacarse el titulo de buceo", "que curso hago para empezar", "precio del open water"]),
    (Q_EDAD,
     "Desde los 8 años hacemos el Bubblemaker: 1 hora en agua poco profunda (máximo 2 m) con un instructor, 45 €. El "
     "bautizo en el mar y el curso Junior Open Water son desde los 10 años (hasta los 12, máximo 12 m y siempre con un "
     "adulto titulado). Los menores de 18 necesitan la autorización firmada por el padre o la madre. No hay edad máxima "
     "si el cuestionario médico sale bien.",
     "cursos", ["edad mínima", "niños", "menores de edad", "Bubblemaker", "autorización"],
     ["desde que edad se puede bucear", "pueden bucear los niños", "hay edad maxima"]),
    (Q_MEDICO,
     "Todos rellenan el cuestionario médico de PADI (unas 10 preguntas) antes de bucear. Si todas las respuestas son NO, "
     "no hace falta certificado. Si alguna es SÍ (asma, problemas de corazón, operaciones de oído, epilepsia, diabetes, "
     "embarazo...) necesitas que un médico firme que eres apto, con fecha de los últimos 12 meses. El cuestionario se "
     "puede descargar en nuestra web.",
     "salud", ["certificado médico", "cuestionario médico", "salud", "enfermedades", "apto para bucear"],
     ["hace falta pasar un medico", "que pasa si tengo alguna enfermedad", "donde esta el cuestionario medico"]),
    (Q_ALQUILER,
     "Sí. El equipo completo (chaleco, regulador, traje de 5 mm, gafas, aletas y ordenador) cuesta 30 € al día. Por "
     "piezas: regulador 12 €, traje 8 €, ordenador 10 €. La botella de 15 litros y los plomos van incluidos en el precio "
     "de cada inmersión. Si traes tu equipo, te lo revisamos gratis antes de salir.",
     "equipo", ["alquiler de equipo", "equipo completo", "regulador", "neopreno", "traje"],
     ["cuanto cuesta alquilar el equipo", "teneis trajes de neopreno", "puedo llevar mi propio equipo"]),
    (Q_BARCO,
     "Para buceadores titulados: 45 € por inmersión con botella y plomos, bono de 5 inmersiones 200 € y de 10 "
     "inmersiones 380 €. Salimos del puerto de Cartagena a las 9:00 y a las 14:00 hacia la Isla de Escombreras, Cabo "
     "Tiñoso o La Azohía (de 15 a 30 minutos de navegación). En la salida de la mañana se pueden hacer 2 inmersiones "
     "seguidas.",
     "inmersiones", ["inmersión en barco", "salidas en barco", "bono de inmersiones", "buceadores titulados",
                     "precio por inmersión"],
     ["cuanto cuesta una inmersion", "teneis bonos", "a donde salis con el barco"]),
    (Q_PECIOS,
     "Sí, Cartagena es zona de pecios. El mercante Stella Maris está a 18 m y se puede bajar con el Open Water "
     "acompañado de un guía; el vapor Santa Eulalia, a 28 m, y los más profundos piden Advanced o la especialidad de "
     "Profundo. La salida a pecios cuesta 55 € por inmersión, va los sábados y domingos y necesita un mínimo de 4 "
     "buceadores apuntados.",
     "inmersiones", ["pecios", "barcos hundidos", "naufragios", "inmersión profunda", "Stella Maris"],
     ["que pecios hay", "se puede bajar a un barco hundido", "cuanto cuesta bucear en un pecio"]),
    (Q_TIEMPO,
     "La decisión la toma el capitán el mismo día antes de las 7:30: con levante fuerte (más de fuerza 4) u olas de más "
     "de 1,5 m no salimos. Si suspendemos nosotros, eliges: cambiar a otro día sin coste o la devolución del 100 % en 5 "
     "días laborables. Te avisamos por WhatsApp antes de las 8:00. Si hay calma en Cala Cortina, a veces se puede "
     "bucear desde la playa.",
     "inmersiones", ["mal tiempo", "viento", "levante", "oleaje", "tormenta"],
     ["que pasa si hace mal tiempo", "si hay levante se sale", "me devolveis el dinero si no se sale"]),
    (Q_GRUPOS,
     "Sí. De 6 a 9 personas hay un 10 % de descuento en bautizos, cursos e inmersiones; desde 10 personas, un 15 %. Para "
     "grupos cerrados alquilamos el barco entero (hasta 12 buceadores) por 480 € la media jornada, guía incluido. "
     "Reservad con 2 semanas de antelación.",
     "reservas", ["grupos", "descuento de grupo", "despedidas", "empresas", "barco privado"],
     ["somos un grupo grande", "haceis descuento a grupos", "se puede alquilar el barco entero"]),
    (Q_SEGURO,
     "En bautizos y cursos el seguro de accidentes va incluido. Si ya eres titulado, necesitas tu propio seguro de buceo "
     "(DAN, la licencia de la federación u otro) o te hacemos uno con nosotros: 8 € por día o 65 € al año, que cubre "
     "accidentes, cámara hiperbárica y rescate. Sin seguro no podemos llevarte, lo exige la normativa.",
     "seguros", ["seguro", "seguro de buceo", "cobertura", "accidentes", "licencia federativa"],
     ["necesito seguro para bucear", "el seguro va incluido", "cuanto cuesta el seguro"]),
    (Q_TRAER,
     "Trae el DNI, tu titulación y el libro de inmersiones si eres titulado, bañador, toalla, chanclas, crema solar y "
     "agua. Si te mareas, tómate una pastilla para el mareo 1 hora antes de embarcar y desayuna algo ligero. Llega 30 "
     "minutos antes de la salida (las salidas son a las 9:00 y a las 14:00). En el centro hay duchas de agua dulce y "
     "taquillas.",
     "reservas", ["qué traer", "qué llevar", "toalla", "documentación", "llegar antes"],
     ["que hay que llevar", "que me traigo el dia de la inmersion", "a que hora hay que estar"]),
    (Q_PAGO,
     "Para reservar pedimos una señal de 20 € por persona en inmersiones y bautizos, y de 100 € en los cursos; el resto "
     "se paga el día de la actividad. Aceptamos tarjeta, efectivo y Bizum.",
     "pagos", ["pago", "señal", "reserva", "tarjeta", "Bizum"],
     ["como se paga", "hay que pagar algo para reservar", "aceptais tarjeta"]),
    (Q_CANCELAR,
     "Puedes cancelar o cambiar de día gratis hasta 48 horas antes y te devolvemos la señal entera. Con menos de 48 "
     "horas la señal no se devuelve, pero puedes pasarla una vez a otro día en los 3 meses siguientes. Si no te "
     "presentas, se pierde todo. Por enfermedad o lesión con justificante médico devolvemos la señal aunque falten "
     "menos de 48 horas. Avísanos al 968 52 71 40 o por WhatsApp al 677 31 48 92.",
     "reservas", ["cancelar", "anular", "cambiar de día", "aplazar", "devolución de la señal"],
     ["quiero cancelar mi reserva", "puedo cambiar el dia de la inmersion", "me devolveis la señal si no voy"]),
    (Q_HORARIO,
     "Estamos en el paseo del Muelle de Poniente 14, junto al puerto de Cartagena. De abril a octubre abrimos todos los "
     "días de 8:00 a 19:00; de noviembre a marzo, de viernes a domingo de 9:00 a 14:00. Teléfono 968 52 71 40, WhatsApp "
     "677 31 48 92. Hay un parking público a 200 m.",
     "centro", ["dirección", "horario", "dónde estáis", "teléfono", "abrir"],
     ["donde esta el centro de buceo", "a que hora abris", "abris en invierno"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, thanks/goodbye with Murcian words
        ("hola buenas! mi novia y yo queremos hacer un bautizo de buceo, cuanto cuesta? y hay que saber nadar bien?",
         "Small talk greeting + " + both(Q_BAUTIZO, Q_NADAR) + " — try dive 75 € per person, about 3 h, max 6 m, one "
         "instructor per 2 people, equipment, insurance and photos included; no need to swim well for the try dive, only "
         "be at ease in the water (the Open Water course asks for 200 m and 10 min floating).",
         "Only one half without pointing to the other; the Open Water course price (420 €) as the answer; the 200 m test "
         "stated as a condition for the try dive; a handover."),
        ("y hasta cuanta profundidad bajamos?",
         faq(Q_BAUTIZO) + " — the try dive goes to 6 metres at most.",
         "The 18 m / 30 m of the courses; the wrecks entry (18-28 m); asking what he means without trying."),
        ("y las gafas y el traje nos los dejais vosotros?",
         faq(Q_BAUTIZO) + " — yes, all the equipment is included in the 75 € of the try dive.",
         "Only the rental entry (30 € a day, wetsuit 8 €) as if they had to pay extra; the what-to-bring list; asking "
         "what he means."),
        ("ea pues perfe, mil gracias bonico, hasta luego!",
         "Small talk: acknowledgement + thanks + goodbye (Murcian: `ea` = there we go / OK, `bonico` = Murcian "
         "diminutive, like 'dear') — short friendly close.",
         "An FAQ answer; choices; not understanding and asking to rephrase; a handover."),
    ],
    [  # 2: vague opener, typed question while choices show, short follow-up, bot?
        ("hola, tengo una pregunta sobre el barco",
         "Too vague to answer — choices (boat dives, weather, what to bring, groups...) or a clarifying question.",
         "A handover; the boat-dive prices answered at length as if sure."),
        ("tengo el titulo pero me mareo un monton en cuanto se mueve un poco, que me tomo o que hago?",
         TYPE + faq(Q_TRAER) + " — take a seasickness pill 1 hour before boarding and have a light breakfast (the rest of "
         "the list, arriving 30 min before departure, is a fine addition).",
         "Tapping an earlier choice; the boat-dive prices; the medical-certificate entry; the weather entry; 'not "
         "covered'."),
        ("y cuanto cuesta cada salida?",
         faq(Q_BARCO) + " — 45 € per dive for certified divers with tank and weights; 5 dives 200 €, 10 dives 380 €; "
         "departures 9:00 and 14:00.",
         "The try dive price (75 €); the wreck price alone (55 €); the private boat for groups (480 €); asking what she "
         "means."),
        ("oye esto me lo contesta una maquina o una persona?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague opener, typed rejection, rephrasing, near-trade not covered
        ("hola, os escribo por lo de mi hija",
         "Too vague to answer — choices (minimum age, try dive, courses...) or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no, no es eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("tiene 9 años y le hace mucha ilusion meterse al agua con botella como su padre, podria?",
         faq(Q_EDAD) + " — at 9 she can do the Bubblemaker (from 8, 1 hour in water of 2 m at most, with an instructor, "
         "45 €); the sea try dive and Junior Open Water are from 10; under 18 a parent signs the authorisation.",
         "Saying she can do the normal 75 € try dive in the sea; 'not covered'; the swimming entry; a handover without "
         "the entry."),
        ("y pesca submarina? mi marido hace apnea con fusil y querria salir con vuestro barco",
         "Not covered by the FAQ (near the trade: spearfishing trips are not offered) — says so honestly, offers a person "
         "or the phone number.",
         "Inventing a spearfishing trip or a price; the boat-dive entry as if it answered; the wrecks or the group "
         "entry."),
    ],
    [  # 4: two questions, push-back once (with a question), twice + person, waiting
        ("hola, tengo el open water y me gustaria bajar a algun pecio, se puede? y el equipo me lo dejais alli o me lo "
         "traigo yo?",
         both(Q_PECIOS, Q_ALQUILER) + " — with the Open Water the Stella Maris at 18 m with a guide; the Santa Eulalia "
         "(28 m) and deeper need Advanced; 55 € a dive, Sat-Sun, at least 4 divers; full equipment 30 € a day (or bring "
         "his own, checked free).",
         "Only one half without pointing to the other; saying wrecks need no certification; the what-to-bring list "
         "instead of the rental; the course prices alone."),
        ("eso no es lo que te he preguntado. y si me pasa algo ahi abajo, quien me cubre?",
         "Acknowledges the push-back (apology / offers a person or a rephrasing) + " + faq(Q_SEGURO) + " — a certified "
         "diver needs his own diving insurance or takes one with the centre: 8 € a day or 65 € a year (accidents, "
         "hyperbaric chamber, rescue); no diving without insurance.",
         "Ignoring the complaint and repeating the previous answer; the medical-certificate entry; saying insurance is "
         "always included; a handover without answering."),
        ("que desastre de atencion. pasame con alguien del centro, por favor",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer (e.g. the address of the centre); choices; asking to rephrase again."),
        ("sigue alguien por ahi? llevo 5 minutos esperando",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer (e.g. the opening hours); a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated (Murcian word), callback with number, waiting (how long)
        ("vengo desde madrid SOLO para bucear este finde y me escribis a las 7 y media que se suspende el barco!!! y ahora "
         "que, me como el viaje y el hotel??",
         faq(Q_TIEMPO) + " — calm, acknowledges the anger: when the centre calls a trip off for the weather he chooses "
         "another day at no cost or a 100 % refund within 5 working days; sometimes a shore dive at Cala Cortina is "
         "possible. Offering a person as well is fine.",
         "A cold answer ignoring the anger; the customer-side cancellation rules (48 h, losing the deposit); the "
         "boat-dive prices; a handover with no explanation."),
        ("oye y donde me tomo un buen asiatico por el puerto mientras espero?",
         "Not covered (unrelated: where to have an `asiático`, Cartagena's coffee with condensed milk and liqueur) — says "
         "it cannot help with that, no FAQ answer.",
         "Any FAQ entry (e.g. the address by the port); inventing a bar."),
        ("bueno, que me llame alguien del centro al 634 18 27 59 esta tarde",
         "Hands over / passes on a callback request to 634 18 27 59, this afternoon; no FAQ answer.",
         "Ignoring the number; only giving the centre's phone number; an FAQ answer; asking to rephrase."),
        ("y eso cuanto va a tardar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The refund's 5 working days; the try dive's 3 hours; promising an exact time."),
    ],
    [  # 6: cancelling without the word, ambiguous yes, follow-up, dialect person
        ("teniamos dos inmersiones para este sabado y dejamos 40 € de señal, pero me he roto el tobillo jugando al "
         "futbol asi que no voy a poder ir",
         faq(Q_CANCELAR) + " — free until 48 h before with the deposit returned; later the deposit can be moved once "
         "within 3 months; with an injury and a doctor's note the deposit is returned even within 48 h; tell them on "
         "968 52 71 40 / WhatsApp; does not claim it is done.",
         "Claiming the dives have been cancelled; saying the 40 € are lost without mentioning the doctor's note; the "
         "payment or the medical-certificate entry; the weather entry."),
        ("vale pues si",
         "Ambiguous yes — asks what he means or explains what happens next (phone / WhatsApp / a person); must not claim "
         "anything was cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry."),
        ("y si lo dejamos pa dentro de un mes cuando este bien?",
         faq(Q_CANCELAR) + " — moving the day is free until 48 h before; within 48 h the deposit can be moved once to "
         "another day within 3 months, so a month later is fine.",
         "Saying he must pay again; the payment entry alone; asking what he means."),
        ("acho pijo que lio, pasame con una persona aina",
         "Hands over to a person (Murcian: `acho` = hey/mate, `pijo` = mild filler oath, `aína` = quickly) — short, no "
         "FAQ answer.",
         "An FAQ answer; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("buenos dias. somos 8 amigos y queremos sacarnos el titulo de buceo juntos en verano, cuanto cuesta? hay "
         "descuento por ir tantos?",
         "Small talk greeting + " + both(Q_CURSOS, Q_GRUPOS) + " — Open Water 420 € in 4 days (up to 18 m, 4 sea dives, "
         "certificate included); 6-9 people get 10 % off (so 378 € each), from 10 people 15 %; book 2 weeks ahead.",
         "Only one half without pointing to the other; the Bubblemaker because of the 8; the 15 % for 8 people; the "
         "private boat only."),
        ("uno de ellos tiene asma, seria un problema?",
         faq(Q_MEDICO) + " — everyone fills in the PADI medical questionnaire; asthma is a 'yes', so he needs a doctor "
         "to sign that he is fit, dated within the last 12 months.",
         "Saying he cannot dive at all; saying nothing is needed; the insurance entry; 'not covered'."),
        ("donde estais exactamente? y se puede pagar con bizum?",
         both(Q_HORARIO, Q_PAGO) + " — paseo del Muelle de Poniente 14 by the port of Cartagena, Apr-Oct daily "
         "8:00-19:00, Nov-Mar Fri-Sun 9:00-14:00; Bizum yes (also card and cash), deposit 100 € per course, the rest on "
         "the day.",
         "Only one half without pointing to the other; inventing an address; the group discount again."),
    ],
]

if __name__ == "__main__":
    write_faq("es", FAQ)
    write_plan("es", PLAN)
