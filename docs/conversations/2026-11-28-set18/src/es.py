"""es: Estudio de Baile La Alameda, flamenco and sevillanas school, Sevilla (Andalusian Spanish)."""
from common_b import write_faq, write_plan, faq_ref as F, both as B

Q = [
 ("¿Qué clases tenéis y para qué niveles?", "Damos flamenco (iniciación, medio y avanzado), sevillanas, bata de cola y castañuelas. Los grupos son de 6 a 14 alumnos y cada clase dura 1 hora. Si no sabes tu nivel, en la clase de prueba la profesora te coloca en el grupo adecuado.", "clases", ["clases", "niveles", "flamenco", "sevillanas", "bata de cola"], ["que estilos enseñais", "hay grupo para principiantes", "nivel avanzado de flamenco"]),
 ("¿Cuánto cuesta la mensualidad?", "Clase suelta: 15 €. Mensualidad de 1 día a la semana: 45 €; de 2 días a la semana: 80 €. La matrícula cuesta 20 € y es gratis si te apuntas en septiembre.", "precios", ["precio", "mensualidad", "matrícula", "cuota"], ["cuanto vale el mes", "precio de las clases", "cuanto es la matricula"]),
 ("¿Cuál es el horario de las clases?", "De lunes a jueves de 10:00 a 13:00 y de 17:00 a 22:00; los viernes de 17:00 a 21:00. Los sábados de 10:00 a 14:00 solo hay intensivo de sevillanas y clases de niños. Domingos y todo agosto cerrado.", "horario", ["horario", "horas", "sábado", "abierto"], ["a que hora son las clases", "abris los sabados", "que dias hay clase"]),
 ("¿Puedo hacer una clase de prueba?", "Sí, la primera clase de prueba es gratis. Resérvala por WhatsApp al 654 321 987 o en la web con al menos 24 horas de antelación. Si no puedes venir, avísanos por WhatsApp y te la cambiamos a otro día sin coste.", "clases", ["clase de prueba", "probar", "gratis", "primera clase"], ["puedo probar antes de apuntarme", "la primera clase es gratis", "reservar clase de prueba"]),
 ("¿Qué ropa y zapatos necesito?", "Falda larga con vuelo y zapatos de flamenco con clavos. Los dos primeros meses de iniciación vale un zapato de tacón bajo con suela de cuero. No prestamos calzado; en la tienda Calzados Triana (calle Feria 20) tienes un 10 % de descuento con tu carné de alumna.", "material", ["ropa", "zapatos", "falda", "calzado", "clavos"], ["que me pongo para la clase", "tengo que comprar zapatos de flamenco", "que falda hace falta"]),
 ("¿Tenéis curso intensivo de sevillanas para la Feria?", "Sí, en marzo y abril: 8 clases de 1 hora y media en 4 semanas, por 90 € en total. Grupos de máximo 12 personas; al terminar te sabes las cuatro sevillanas. Las clases perdidas del intensivo se pueden recuperar en otro grupo del intensivo.", "cursos", ["intensivo", "feria", "sevillanas", "curso"], ["curso de sevillanas para la feria", "aprender sevillanas rapido", "intensivo de abril"]),
 ("¿Cómo cancelo o cambio una clase?", "Avisa por WhatsApp al 654 321 987 con al menos 24 horas de antelación y recuperas la clase en otro grupo dentro del mismo mes. Con menos de 24 horas la clase se pierde. La mensualidad no se devuelve; para darte de baja el mes siguiente avisa antes del día 25.", "reservas", ["cancelar", "cambiar clase", "recuperar", "baja", "faltar"], ["no puedo ir a clase", "como recupero una clase", "quiero darme de baja"]),
 ("¿Hay clases para niños?", "Sí, para niños de 5 a 12 años: martes y jueves de 17:00 a 18:00 y sábados de 10:00 a 11:00. Cuestan 35 € al mes (un día por semana). Llevan ropa cómoda y zapatos con tacón bajo.", "clases", ["niños", "niñas", "infantil", "edad"], ["clases infantiles", "desde que edad", "mi hija puede apuntarse"]),
 ("¿Cómo se paga y hasta cuándo?", "Efectivo, tarjeta, Bizum o domiciliación bancaria. La mensualidad se paga del día 1 al 5 de cada mes; a partir del día 10 hay un recargo de 5 €.", "pagos", ["pago", "pagar", "bizum", "tarjeta", "recargo"], ["se puede pagar con bizum", "cuando hay que pagar el mes", "por que pago mas este mes"]),
 ("¿Hacéis descuentos?", "Parejas y hermanos: 10 % cada uno. Estudiantes y personas en paro: 15 % con carné. Si pagas el trimestre de una vez, 5 %. Los descuentos no se suman entre sí.", "precios", ["descuento", "pareja", "hermanos", "estudiante", "paro"], ["hay precio para estudiantes", "descuento si vamos dos", "oferta por trimestre"]),
 ("¿Dónde estáis y dónde se aparca?", "En la Alameda de Hércules 42, primera planta (timbre Estudio La Alameda). No tenemos aparcamiento propio; el Parking Alameda está a 2 minutos y cuesta 1,80 € la hora. Buses C5, 13 y 14.", "ubicación", ["dirección", "dónde", "aparcar", "parking", "alameda"], ["donde esta la academia", "hay parking cerca", "como llego"]),
 ("¿Dais clases particulares?", "Sí: 40 € la hora, o bono de 5 clases por 180 €, con cualquier profesora y en el horario que acordemos. También preparamos el baile de boda para parejas (mismo precio).", "clases", ["particular", "privada", "individual", "boda"], ["clase privada", "clases individuales", "preparar baile de boda"]),
 ("¿Se puede alquilar una sala para ensayar?", "Sí, la Sala 2 (60 m², espejos, tarima y equipo de música) cuesta 15 € la hora, con un mínimo de 2 horas. Solo para ensayo y baile; reserva por WhatsApp con 48 horas de antelación.", "salas", ["alquilar sala", "alquiler", "ensayo", "sala"], ["alquilais el estudio", "precio de la sala por hora", "necesito sitio para ensayar"]),
 ("¿Hay festival de fin de curso?", "Sí, a mediados de junio en el Teatro Alameda. Participar es voluntario; el vestuario del grupo cuesta unos 40 € y lo encarga la academia. Las entradas para el público cuestan 10 € y se venden en la academia desde el 1 de junio.", "eventos", ["festival", "fin de curso", "actuación", "entradas", "teatro"], ["hay actuacion en junio", "cuanto valen las entradas del festival", "tengo que salir en el festival"]),
 ("¿Puedo congelar la mensualidad si me lesiono?", "Sí, con justificante médico puedes congelar la mensualidad hasta 2 meses sin pagar y conservas tu plaza en el grupo. Avisa antes del día 25 del mes anterior; si ya has pagado el mes, se descuenta del siguiente.", "pagos", ["lesión", "congelar", "pausa", "médico", "baja temporal"], ["me he lesionado", "puedo parar un mes", "guardar la plaza"]),
]
q = [e[0] for e in Q]
(CLASES, PRECIO, HORARIO, PRUEBA, ROPA, INTENSIVO, CANCELAR, NINOS, PAGO, DESCUENTO, DONDE, PARTICULAR, SALA, FESTIVAL, LESION) = q

TYPED = "[if the bot showed choices, type this instead of tapping] "
REJ = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] [after the bot handed over to a person] "

C = [
 [  # 1 new customer: prices, follow-ups, thanks
  ("wena tarde illo, cuanto sale el mes pa ir do dia a la semana? y estai en la alameda no?", B(PRECIO, DONDE, "80 € al mes (2 días), matrícula 20 €; Alameda de Hércules 42, primera planta"), "only the single-class price; a greeting only; the class-schedule entry"),
  ("y si voy solo lo martes? e que yo no he bailao en mi vida", B(PRECIO, CLASES, "1 día a la semana: 45 €; there is an iniciación (beginners) group, the teacher places you in the trial class"), "the timetable (Tuesday hours) instead of the price; the children's classes (Tuesdays)"),
  ("vale. e que mi novio tb quiere venir, nos hacei algo de rebaja? y lo zapato hay que comprarlo ya?", B(DESCUENTO, ROPA, "parejas 10 % cada uno; flamenco shoes with nails, the first 2 months a low-heeled leather-soled shoe is fine, 10 % at Calzados Triana"), "the private lessons / wedding-dance entry; saying the school lends shoes"),
  ("muchisima gracia miarma", "Small talk: thanks — short friendly reply", "repeating the last answer; a handover"),
 ],
 [  # 2 Feria: vague, typed question with choices, follow-up, bot?
  ("queria preguntar por lo de la feria", "Too vague to answer — choices (intensive sevillanas course, timetable...) or a clarifying question", "a handover; inventing Feria dates"),
  (TYPED + "lo de aprende sevillana pa la feria cuanto e? y si falto un dia lo puedo recupera?", B(INTENSIVO, CANCELAR, "March-April, 8 classes of 1.5 h, 90 €; missed intensive classes can be made up in another intensive group (notice 24 h before)"), "only one half without pointing to the other; the monthly fee"),
  ("y el finde se puede ir?", F(HORARIO, "Saturdays 10:00-14:00, only the sevillanas intensive and children's classes; Sundays closed"), "the children's classes alone; \"closed on weekends\""),
  ("oye tu ere una persona o una maquina?", "Small talk: are you a bot — says honestly it is an automatic assistant and can pass on to a person", "claiming to be a person; a handover without asking"),
 ],
 [  # 3 for the daughter: vague, rejection, rephrasing, not offered
  ("info pa mi nena", "Too vague to answer — choices (children's classes, prices...) or a clarifying question", "a handover; the adult price list as if it were the answer"),
  (REJ + "no e eso", "Typed rejection — apologise, ask what she wants to know; no handover yet", "repeating the same choices or the same answer unchanged"),
  ("que si hay baile pa chiquillo de 7 año y que dia", F(NINOS, "5 to 12 years, Tue and Thu 17:00-18:00 or Sat 10:00-11:00, 35 €/month"), "the adult timetable; the trial class only"),
  ("y trajes de flamenca vendei? pa la feria de la nena", "Not covered by the FAQ (the school does not sell flamenco dresses) — honest no, offer of a person", "the clothes-and-shoes entry as if the school sold dresses; the shoe shop discount presented as a dress shop"),
 ],
 [  # 4 wedding: two questions, push-back twice, waiting
  ("nos casamo en mayo, cuanto cobrai por ensenarno a nosotro do solo? y podemo alquila la sala pa ensaya solo?", B(PARTICULAR, SALA, "private lessons 40 €/h (5 for 180 €), wedding dance same price; Sala 2 15 €/h, min 2 h, book 48 h ahead"), "the single group class (15 €); the couples discount"),
  ("eso no e lo que te he preguntao", "Push-back (first time) — apologise, ask what is missing or offer a person", "repeating the same answer; a new unrelated entry"),
  ("ozu que no me entiende, ponme con alguien de la academia ya", "Push-back (second time in a row) and angry request for a person — hand over now", "another FAQ answer; asking to rephrase again"),
  (WAIT + "hola?? hay alguien", "Waiting — reassure that a person has the chat, no FAQ answer, no invented wait time", "starting over with a greeting and FAQ choices; a new handover loop"),
 ],
 [  # 5 angry about surcharge, unrelated, callback, how long
  ("me habei cobrao 5 euro de ma este mes, que e esto?? una verguenza", F(PAGO, "the monthly fee is paid between the 1st and the 5th; from the 10th there is a 5 € surcharge (ideally with an apology)"), "saying \"not covered\"; the discounts entry; an immediate handover without explaining"),
  ("po oye, sabe a que hora juega el betis el domingo?", "Not covered by the FAQ (football) — honest short no", "any FAQ entry; the timetable of the school"),
  ("mira que me llame alguien al 612 45 78 90 por lo del recargo, que yo pague el dia 8", "Request for a person (callback with number) — hand over / confirm the callback request", "repeating the surcharge answer; asking for the number again"),
  (AFTER + "y cuanto van a tarda en llamarme", "Waiting — no invented time; say the team has the request", "a made-up time (\"in 5 minutes\"); an FAQ entry"),
 ],
 [  # 6 cancel trial class, ambiguous yes, person in dialect
  ("mñn iba a ir a las 7 a ve si me gusta y al final no voy a llega, como lo anulo?", F(PRUEBA, "tell the school on WhatsApp 654 321 987 and the trial class is moved to another day at no cost ('a ve si me gusta' = the trial class; the cancel-a-class entry with the same WhatsApp number is acceptable)"), "claiming it is cancelled; the monthly-fee cancellation (day 25); 'not covered'"),
  ("si", "Ambiguous yes — acknowledge or ask what she wants; never claim the class was cancelled or moved", "claiming \"your class has been cancelled\"; a new FAQ answer"),
  ("quillo que no, que me pase con una persona de verdad, que no me apano con esto", "Request for a person (dialect) — hand over", "another FAQ answer; not recognising \"pásame con una persona\""),
 ],
 [  # 7 injury + festival, follow-up, ack, bye
  ("tengo un esguince y no puedo baila en 6 semana, tengo que paga igual? y el festival de junio sigue en pie?", B(LESION, FESTIVAL, "with a medical note the fee can be frozen up to 2 months, tell before the 25th; festival mid-June at Teatro Alameda, voluntary"), "the cancel-a-class entry (24 h notice); only one half"),
  ("y la entrada pa mi madre cuanto?", F(FESTIVAL, "10 €, on sale at the school from 1 June"), "the class prices; the trial class (free)"),
  ("vale apuntao", "Small talk: acknowledgement — short reply", "repeating the answer; a handover"),
  ("venga hasta luego", "Small talk: goodbye", "FAQ choices; a handover"),
 ],
]

if __name__ == "__main__":
    write_faq("es", Q)
    write_plan("es", C)
    print("es written")
