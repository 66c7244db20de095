"""es: Academia Lingua Russafa (made up), English and German classes, Valencia (Spain)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_IDIOMAS = "¿Qué idiomas enseñáis y a partir de qué edad?"
Q_NIVEL = "¿Cómo es la prueba de nivel?"
Q_CAMBRIDGE = "¿Preparáis los exámenes de Cambridge?"
Q_HORARIOS = "¿Qué horarios tienen las clases?"
Q_GRUPOS = "¿Cuántos alumnos hay por grupo?"
Q_PRECIO = "¿Cuánto cuestan las clases al mes?"
Q_MATRICULA = "¿Hay que pagar matrícula?"
Q_LIBROS = "¿Los libros están incluidos en el precio?"
Q_VERANO = "¿Tenéis cursos intensivos en verano?"
Q_FALTAR = "¿Qué pasa si falto a una clase?"
Q_BAJA = "¿Cómo me doy de baja?"
Q_PARTICULARES = "¿Dais clases particulares?"
Q_DONDE = "¿Dónde está la academia y cómo se llega?"
Q_PRUEBA = "¿Puedo hacer una clase de prueba antes de apuntarme?"
Q_PAGO = "¿Cómo se pagan las clases?"

FAQ = [
    (Q_IDIOMAS,
     "Enseñamos inglés y alemán. Inglés para niños desde 4 años, adolescentes y adultos; alemán desde 10 años y adultos. "
     "Los niveles van de A1 a C1. No damos clases de otros idiomas.",
     "cursos", ["idiomas", "inglés", "alemán", "edad", "niños"],
     ["qué idiomas dais", "desde qué edad pueden venir los niños", "tenéis alemán para adultos"]),
    (Q_NIVEL,
     "La prueba de nivel es gratuita y dura unos 30 minutos: una parte escrita de 20 minutos y una conversación corta con "
     "un profesor. Se hace de lunes a jueves entre las 17:00 y las 20:00, con cita por teléfono (963 41 27 85) o en la "
     "web. Los niños menores de 7 años no hacen prueba: los colocamos por edad.",
     "cursos", ["prueba de nivel", "test", "nivel", "examen de nivel"],
     ["cómo sé qué nivel tengo", "hay que hacer un test antes de empezar", "cuánto cuesta la prueba de nivel"]),
    (Q_CAMBRIDGE,
     "Sí. Preparamos B1 Preliminary, B2 First y C1 Advanced en grupos de 3 horas semanales por 95 € al mes, con un "
     "examen de simulacro cada trimestre. Las tasas del examen no están incluidas (B2 First: unos 215 €) y se pagan al "
     "centro examinador; te ayudamos a inscribirte. Las convocatorias principales son en junio y diciembre.",
     "cursos", ["cambridge", "first", "advanced", "preliminary", "examen oficial", "certificado"],
     ["preparáis el first", "tenéis curso para el C1 advanced", "cuánto cuesta el examen de cambridge"]),
    (Q_HORARIOS,
     "Las clases son dos días por semana, lunes y miércoles o martes y jueves. Niños: de 17:00 a 18:00 o de 18:00 a 19:00. "
     "Adultos: de 19:00 a 20:30 o de 20:30 a 22:00. Los sábados hay grupos de una sola sesión de 10:00 a 13:00 (adultos y "
     "adolescentes). La secretaría abre de lunes a viernes de 10:00 a 14:00 y de 16:30 a 21:30.",
     "horarios", ["horario", "horas", "días", "turnos", "sábado"],
     ["a qué hora son las clases", "hay clases por la noche", "qué días tenéis clase"]),
    (Q_GRUPOS,
     "Los grupos de adultos tienen como máximo 8 alumnos y los de niños como máximo 10. Un grupo se abre a partir de 4 "
     "alumnos; si un grupo baja de 4, lo juntamos con otro del mismo nivel.",
     "cursos", ["grupo", "alumnos", "cuántos", "tamaño"],
     ["cuánta gente hay en cada clase", "los grupos son pequeños"]),
    (Q_PRECIO,
     "Niños (2 horas a la semana): 62 € al mes. Adultos (3 horas a la semana): 78 € al mes. Grupo de sábado (3 horas): "
     "70 € al mes. Preparación de Cambridge: 95 € al mes. Hermanos y familiares que viven juntos tienen un 10 % de "
     "descuento cada uno. El curso va de septiembre a junio.",
     "precios", ["precio", "cuota", "mensualidad", "tarifa", "descuento"],
     ["cuánto es al mes", "qué cuesta el curso de inglés para adultos", "hay descuento para hermanos"]),
    (Q_MATRICULA,
     "Sí, la matrícula cuesta 40 € y se paga una vez por curso (de septiembre a junio). Los alumnos que ya están con "
     "nosotros y renuevan antes del 30 de junio no la pagan. La matrícula no se devuelve si te das de baja.",
     "precios", ["matrícula", "inscripción", "cuota inicial"],
     ["cuánto cuesta la inscripción", "la matrícula se paga cada año"]),
    (Q_LIBROS,
     "No, los libros se pagan aparte: entre 35 y 48 € según el nivel (libro y cuaderno de ejercicios). Puedes comprarlos "
     "en secretaría o traer la misma edición de otro sitio; si el libro es de segunda mano, el cuaderno tiene que ser "
     "nuevo. En los cursos de verano el material está incluido.",
     "precios", ["libros", "material", "cuaderno", "libro de texto"],
     ["hay que comprar libro", "cuánto cuesta el material", "puedo usar un libro de segunda mano"]),
    (Q_VERANO,
     "Sí, en julio hay intensivos de 3 semanas (del 1 al 19 de julio), de lunes a viernes. Adultos: de 9:30 a 12:30, "
     "inglés o alemán, 195 €. Niños y adolescentes de 8 a 14 años: inglés de 10:00 a 13:00, 175 €. El material está "
     "incluido y no hay matrícula. Inscripciones desde el 1 de mayo. En agosto la academia cierra.",
     "cursos", ["verano", "intensivo", "julio", "curso de verano"],
     ["qué hacéis en verano", "hay cursos en julio", "abrís en agosto"]),
    (Q_FALTAR,
     "Las clases que faltas no se devuelven ni se descuentan de la cuota. Puedes recuperarlas en otro grupo del mismo "
     "nivel dentro del mismo mes, avisando con 24 horas por la app o en secretaría; como máximo 2 recuperaciones al mes. "
     "Si faltas más de 3 semanas seguidas por enfermedad con justificante, te descontamos la mitad de ese mes.",
     "clases", ["faltar", "recuperar", "clase perdida", "ausencia", "enfermedad"],
     ["se pueden recuperar las clases", "no puedo ir el jueves, qué hago"]),
    (Q_BAJA,
     "Tienes que avisar por escrito (email a info@linguarussafa.example o formulario en secretaría) antes del día 25 del "
     "mes. Si avisas antes del 25, ya no se cobra el mes siguiente; si avisas después, se cobra un mes más. La matrícula "
     "no se devuelve. No hay permanencia mínima.",
     "administración", ["baja", "dejar la academia", "darse de baja", "cancelar"],
     ["quiero dejar las clases", "cómo cancelo la inscripción", "hay permanencia"]),
    (Q_PARTICULARES,
     "Sí, damos clases individuales de inglés y alemán, presenciales u online por videollamada: 28 € la hora, o un bono "
     "de 10 horas por 260 € (válido 4 meses). El horario se acuerda con el profesor. Las clases de 2 personas cuestan "
     "34 € la hora en total.",
     "cursos", ["particulares", "individual", "clase privada", "online", "profesor particular"],
     ["hacéis clases individuales", "cuánto cuesta una clase particular", "dais clases online"]),
    (Q_DONDE,
     "Estamos en la calle de Cádiz 41, bajo, en Russafa (46006 València). Desde el metro Xàtiva o Bailén son unos 8 "
     "minutos andando; los autobuses 6, 7 y 8 paran a 2 minutos. No tenemos aparcamiento propio; el más cercano es el "
     "parking del Mercado de Russafa.",
     "general", ["dirección", "dónde", "ubicación", "metro", "aparcamiento"],
     ["cuál es la dirección", "cómo llego en metro", "hay sitio para aparcar"]),
    (Q_PRUEBA,
     "Sí, después de la prueba de nivel puedes asistir gratis a una clase de tu grupo, sin compromiso. Resérvala en "
     "secretaría o por teléfono con un día de antelación. Para niños, un padre o madre puede quedarse los primeros 10 "
     "minutos.",
     "cursos", ["clase de prueba", "prueba gratis", "probar", "sin compromiso"],
     ["se puede probar una clase", "hay clase gratis para ver qué tal"]),
    (Q_PAGO,
     "Las mensualidades se pagan por domiciliación bancaria entre el 1 y el 5 de cada mes. La matrícula, el primer mes y "
     "los libros se pagan en secretaría con tarjeta o Bizum; no aceptamos efectivo. Los cursos de verano se pagan enteros "
     "al inscribirse.",
     "precios", ["pago", "domiciliación", "tarjeta", "bizum", "recibo"],
     ["se puede pagar con tarjeta", "cuándo se pasa el recibo", "aceptáis efectivo"]),
]

PLAN = [
    [  # 1 mother of a 9-year-old
        ("hola buenas! mi hija tiene 9 años, teneis ingles para niños de su edad? y cuanto es al mes",
         "Small talk greeting + " + both(Q_IDIOMAS, Q_PRECIO) + " — English for children from 4 (so yes at 9); children "
         "62 € a month for 2 hours a week.",
         "Only one half answered without pointing to the other; the adult price (78 €) given for a child; choices instead of an answer."),
        ("y el libro va a parte?",
         faq(Q_LIBROS) + " — not included, 35-48 € depending on level.",
         "The enrolment fee entry; saying books are included (only in the summer courses); asking what she means."),
        ("vale, y aparte de eso se paga algo al apuntarse?",
         faq(Q_MATRICULA) + " — 40 € once per school year.",
         "The monthly fee again; the trial class entry; 'not covered'."),
        ("ok genial, gracias, hasta luego",
         "Small talk: thanks + goodbye (acknowledgement) — short, friendly closing.",
         "Any FAQ entry; choices; a handover."),
    ],
    [  # 2 adult who works late
        ("info clases",
         "Too vague to answer — choices (timetable, prices, languages, level test) or a clarifying question; no handover.",
         "A long answer from one entry picked at random; a handover."),
        ("trabajo hasta las 7 y media, hay algo para adultos mas tarde?",
         TYPE + faq(Q_HORARIOS) + " — adult groups 20:30-22:00 (Mon+Wed or Tue+Thu); 19:00-20:30 is too early for him.",
         "Tapping/answering one of the earlier choices; the secretary's opening hours only; the summer course."),
        ("y los sabados?",
         faq(Q_HORARIOS) + " — Saturday groups 10:00-13:00, one session a week (70 € a month may be added).",
         "Saying the academy is closed on Saturdays; asking what he means; the summer intensive course."),
        ("oye eres una persona o un robot",
         "Small talk: are you a bot — says honestly it is an automatic assistant and can pass him to a person if wanted.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3 vague, rejection, Cambridge, near-trade
        ("una duda con el nivel",
         "Too vague to answer — choices (level test, Cambridge exams, levels offered) or a clarifying question.",
         "A handover; 'not covered'."),
        ("no es eso",
         TYPE + "Typed rejection — asks what she wants to know / invites a rephrasing; no handover yet, no repeat of the same choices.",
         "Repeating the same choices or answer; handing over at once; an unrelated entry."),
        ("quiero sacarme el b2 en junio para un curro, me echais una mano?",
         faq(Q_CAMBRIDGE) + " — B2 First prep group, 3 h a week, 95 € a month; exam fee (about 215 €) paid separately; June session.",
         "The level test entry; the private classes entry as the main answer; the summer course."),
        ("y traducciones juradas haceis? necesito el titulo traducido al ingles",
         "Not covered by the FAQ (near the trade: sworn translation of a degree, the academy only teaches) — says so honestly, offers a person.",
         "The Cambridge or private-classes entry; claiming they translate; choices of unrelated entries."),
    ],
    [  # 4 siblings, push-back twice, angry
        ("somos 2 hermanos y queremos aleman los dos, nos haceis algo de rebaja? y sois muchos en cada aula?",
         both(Q_PRECIO, Q_GRUPOS) + " — 10 % discount each for siblings living together (adults 78 € a month); adult groups max 8, open from 4.",
         "Answering only one half without pointing to the other; the children's price; 'not covered'."),
        ("eso no es lo que te he preguntado. yo no se ni que nivel tengo, como lo sabeis?",
         "Push-back (first time) + " + faq(Q_NIVEL) + " — apologise; free level test of about 30 minutes (written + short talk), Mon-Thu 17:00-20:00, by appointment.",
         "Repeating the price/group answer; ignoring the push-back entirely; a handover without answering the level question."),
        ("q noo!! que me pases con alguien de verdad ya, q pesadez",
         "Push-back (second time in a row) + Request for a person (angry) — short apology and handover now.",
         "Another FAQ answer; choices; asking him to rephrase again."),
        ("hola?? hay alguien",
         WAIT + AFTER + "Waiting — reassures that a person has the chat and will answer; no FAQ answer, no invented wait time.",
         "An FAQ entry; a greeting as if the chat were new; a promised time ('2 minutes')."),
    ],
    [  # 5 angry about missed classes
        ("estoy harta, mi hijo ha estado 2 semanas malo con la gripe sin ir y encima lo pagamos entero?? menuda forma de cobrar",
         faq(Q_FALTAR) + " — apologise; missed classes are not refunded but can be made up in another group of the same level in the same month (24 h notice, max 2 a month); half a month off only from 3 weeks of illness with a note (2 weeks is not enough).",
         "Only a handover without the rule; the cancellation entry; the monthly prices."),
        ("por cierto sabes a q hora es la mascleta hoy",
         "Not covered by the FAQ (unrelated: time of today's mascletà fireworks) — says it can't answer that here.",
         "The timetable entry (class hours); inventing a time; choices."),
        ("mejor llamadme vosotros, 612 48 90 37, a partir de las 5",
         "Request for a person (callback with number) — hands over / confirms the number and time go to the staff.",
         "Only giving the academy's phone number; an FAQ entry; ignoring the number."),
        ("vale y cuanto tardais mas o menos?",
         AFTER + "Waiting — reassures; no invented time; no FAQ answer.",
         "The timetable or course-length entries; promising a precise time."),
    ],
    [  # 6 leaving in October (cancel) + private classes + dialect person
        ("a partir de octubre no vamos a seguir, mi hija deja el aleman",
         faq(Q_BAJA) + " — tell the academy in writing (email or form) before the 25th; then October is not charged; enrolment fee not refunded. Must not claim she has been unenrolled.",
         "Saying 'you have been unenrolled'; the missed-class entry; the timetable."),
        ("si",
         "Ambiguous yes — acknowledges or asks what she means (does she want to send the notice / talk to the office); never claims the unenrolment is done.",
         "Confirming a cancellation; an unrelated FAQ entry; repeating the whole answer."),
        ("y si en vez de grupo hace clases ella sola con un profe, cuanto seria?",
         faq(Q_PARTICULARES) + " — one-to-one classes 28 € an hour or 10 hours for 260 €; in person or online.",
         "The group prices; the Cambridge entry; 'not covered'."),
        ("bueno xe, esto por chat no hay quien lo entienda, pasame con alguien de secretaria porfa",
         "Request for a person (dialect: Valencian 'xe') — hand over.",
         "The office opening hours only; an FAQ entry; asking to rephrase."),
    ],
    [  # 7 summer intensive
        ("buenas tardes! en julio haceis algo intensivo? y donde estais exactamente?",
         "Small talk greeting + " + both(Q_VERANO, Q_DONDE) + " — 3-week intensives 1-19 July (adults 9:30-12:30, 195 €); calle de Cádiz 41, Russafa, near metro Xàtiva/Bailén.",
         "Only one half without pointing to the other; the normal timetable instead of the summer course; 'closed in summer'."),
        ("y mi sobrino de 12 años tb puede?",
         faq(Q_VERANO) + " — yes, children 8-14: English 10:00-13:00, 175 €, material included.",
         "The languages/ages entry without the summer details; the children's monthly fee; the trial class."),
        ("vale. y para el curso normal en septiembre, se puede pagar con bizum? y hay clase de prueba o hay que apuntarse a ciegas",
         both(Q_PAGO, Q_PRUEBA) + " — monthly fees by direct debit (1st-5th); enrolment fee, first month and books by card or Bizum at the office; one free trial class after the level test.",
         "Only one half without pointing to the other; the enrolment fee; 'not covered'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
