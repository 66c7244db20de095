"""es: Autolavado Chapalita — car wash and detailing, Zapopan (Guadalajara), Jalisco, Mexico."""
from common_b import Faq, write_faq, write_plan

WA = "33 1654 2290"
faq = Faq([
    ("¿Cuánto cuesta el lavado básico?",
     "El lavado básico (exterior a mano, aspirado de interiores, vidrios y llantas) cuesta $150 en auto compacto o sedán, "
     "$180 en SUV o minivan y $220 en pickup doble cabina. Motos: $90. Precios en pesos con IVA incluido.",
     "precios", ["lavado básico", "precio", "costo", "aspirado", "exterior"],
     ["cuánto cobran por lavar un auto", "precio del lavado sencillo", "cuánto sale lavar mi carro"]),
    ("¿Qué incluye el lavado completo?",
     "El lavado completo cuesta $280 en auto y $340 en SUV, minivan o pickup. Incluye todo el lavado básico más limpieza "
     "de tablero y consola, vidrios por dentro, limpieza de rines, abrillantado de llantas y cera rápida en spray. "
     "Tarda unos 50 minutos.",
     "precios", ["lavado completo", "premium", "incluye", "cera", "tablero", "rines"],
     ["qué trae el lavado premium", "diferencia entre lavado básico y completo", "lavado con cera precio"]),
    ("¿Cuánto tarda el lavado?",
     "El lavado básico tarda de 25 a 30 minutos y el completo unos 50 minutos, sin contar la fila; los sábados por la "
     "mañana la fila puede ser de hasta 1 hora. El lavado de vestiduras y el pulido se entregan el mismo día (4 a 6 horas) "
     "si deja el auto antes de las 10:00. El recubrimiento cerámico tarda 2 días.",
     "servicio", ["tiempo", "tarda", "espera", "demora", "cuánto tiempo"],
     ["en cuánto tiempo está listo", "cuánto hay que esperar", "a qué hora me lo entregan"]),
    ("¿Cuál es su horario?",
     "Lunes a sábado de 8:00 a 19:00 y domingo de 8:00 a 15:00. Días festivos de 9:00 a 14:00. Cerramos el 25 de "
     "diciembre y el 1 de enero. El último auto se recibe 30 minutos antes de cerrar.",
     "general", ["horario", "abren", "cierran", "domingo", "festivos"],
     ["a qué hora abren", "hasta qué hora trabajan", "abren en domingo"]),
    ("¿Necesito hacer cita?",
     "Para el lavado básico y el completo no: se atiende por orden de llegada. El lavado de vestiduras, el pulido, el "
     "encerado y el recubrimiento cerámico son solo con cita por WhatsApp al " + WA + " o en nuestra página, con un "
     "anticipo de $200 que se descuenta del total.",
     "citas", ["cita", "reservar", "agendar", "orden de llegada", "anticipo"],
     ["tengo que reservar", "cómo agendo", "se puede llegar sin cita"]),
    ("¿Cuánto cuesta el lavado de vestiduras?",
     "Lavado de vestiduras con inyección-extracción (asientos de tela, alfombras, tapetes y cielo): $950 en auto, $1,150 en "
     "SUV de 2 filas y $1,400 en SUV o van de 3 filas. Asientos de piel: limpieza e hidratación $850. Quita manchas de "
     "comida, bebidas, lodo y malos olores; la tinta y el cloro no siempre salen. Los asientos quedan secos en unas 6 horas.",
     "detallado", ["vestiduras", "asientos", "tapicería", "manchas", "interiores", "alfombras"],
     ["lavado de asientos precio", "limpieza de tapicería", "quitar manchas de los asientos"]),
    ("¿Hacen pulido y encerado?",
     "Sí. Pulido en 2 pasos más encerado: $1,500 en auto y $1,800 en SUV o pickup. Quita rayones finos, marcas de lavado y "
     "manchas de agua y devuelve el brillo; los rayones que se sienten con la uña no salen del todo. Tarda unas 5 horas y "
     "es con cita.",
     "detallado", ["pulido", "encerado", "rayones", "brillo", "cera"],
     ["quitar rayones", "pulir la pintura", "cuánto cuesta encerar"]),
    ("¿Tienen recubrimiento cerámico?",
     "Sí: recubrimiento cerámico con 2 años de duración, $5,800 en auto y $6,900 en SUV o pickup, con pulido previo "
     "incluido. El auto se queda con nosotros 2 días y no debe lavarse ni mojarse durante 7 días después. Incluye una "
     "revisión gratis a los 6 meses.",
     "detallado", ["cerámico", "recubrimiento", "protección de pintura", "nano"],
     ["precio del cerámico", "protección cerámica para la pintura", "cuánto dura el cerámico"]),
    ("¿Dónde están ubicados?",
     "Estamos en Av. Guadalupe 1380, colonia Chapalita, Zapopan, Jal., entre Av. Tepeyac y Av. de las Rosas, a 2 cuadras "
     "de la Glorieta Chapalita; la entrada es por el portón azul. Hay sala de espera con aire acondicionado, wifi y café "
     "gratis.",
     "general", ["dirección", "ubicación", "dónde", "colonia", "cómo llegar"],
     ["cuál es la dirección", "dónde queda el autolavado", "cómo llego"]),
    ("¿Qué formas de pago aceptan?",
     "Efectivo, tarjeta de débito y crédito Visa y Mastercard (no American Express) y transferencia SPEI. En servicios "
     "desde $3,000 con tarjeta de crédito participante hay 3 meses sin intereses. No aceptamos cheques ni vales.",
     "pagos", ["pago", "tarjeta", "efectivo", "transferencia", "meses sin intereses"],
     ["aceptan tarjeta", "puedo pagar con transferencia", "tienen meses sin intereses"]),
    ("¿Dan factura?",
     "Sí. Pida la factura el mismo día del servicio con su RFC, razón social, régimen fiscal, código postal y uso de CFDI; "
     "le llega por correo en máximo 72 horas. Solo podemos facturar dentro del mismo mes en que se hizo el pago.",
     "pagos", ["factura", "CFDI", "RFC", "facturar"],
     ["me pueden facturar", "necesito factura", "cómo pido mi factura"]),
    ("¿Tienen membresía o paquetes?",
     "Membresía mensual de $649: lavados básicos ilimitados (uno por día) para un solo auto registrado con su placa. Se "
     "paga con tarjeta, se renueva cada mes y puede darla de baja cuando quiera sin penalización. Sin membresía, con la "
     "tarjeta de sellos el décimo lavado básico es gratis.",
     "precios", ["membresía", "paquete", "mensual", "ilimitado", "tarjeta de sellos", "promoción"],
     ["tienen promociones", "lavado ilimitado", "plan mensual de lavado"]),
    ("¿Qué pasa si mi auto no quedó bien lavado o sale dañado?",
     "Revise su auto al recibirlo. Si algo no quedó bien lavado, se lo volvemos a lavar gratis ese mismo día o dentro de "
     "24 horas presentando su ticket. Cualquier daño (rayón, golpe, pieza faltante) debe reportarse antes de salir del "
     "local: lo revisamos con las cámaras y, si fue nuestro, lo cubre nuestro seguro. Después de salir no podemos aceptar "
     "reclamos por rayones.",
     "garantía", ["queja", "mal lavado", "daño", "rayón", "reclamo", "garantía"],
     ["mi carro quedó sucio", "me rayaron el carro", "quiero poner una queja"]),
    ("¿Puedo cancelar o cambiar mi cita?",
     "Sí, sin costo avisando por WhatsApp al " + WA + " con al menos 24 horas de anticipación; el anticipo de $200 se "
     "pasa a la nueva fecha. Si cancela con menos de 24 horas o no llega, el anticipo no se devuelve, pero puede usarse "
     "para otra cita dentro de 30 días.",
     "citas", ["cancelar", "cambiar cita", "reagendar", "reembolso"],
     ["quiero cancelar mi cita", "cambiar la fecha de mi cita", "me devuelven el anticipo"]),
    ("¿Lavan el motor y el chasis?",
     "Sí. Lavado de motor con desengrasante y vapor: $350 (con el motor frío; protegemos las partes eléctricas). Lavado "
     "de chasis y bajos a presión: $250. Los dos juntos: $500. Se pueden agregar a cualquier lavado sin cita.",
     "servicio", ["motor", "chasis", "desengrasar", "vapor"],
     ["lavado de motor precio", "lavado de bajos", "desengrasado de motor"]),
])

F, B = faq.ref, faq.both
CHOICES = "[type, do not tap]"
REJ = "[type, do not tap]"
AFTER = "[after the bot handed over to a person]"
WAIT = "[wait 60 s before sending]"
NC = "Not covered by the FAQ"

plan = [
    [  # 1: greeting + question, follow-ups, thanks, goodbye
        ("buenas tardes! q onda, le quiero lavar los asientos a mi jetta, tienen manchas de cafe y de los ninos. cuanto sale?",
         "Greeting back + " + F(6, "$950 for a car (sedán), same day, coffee/food stains come out"),
         "Only a greeting; the basic wash price ($150); choices without the upholstery entry"),
        ("y hay q apartar o nomas llego",
         F(5, "upholstery cleaning only with an appointment (WhatsApp " + WA + " or website), $200 deposit"),
         "'no appointment needed, first come first served' without saying that applies only to normal washes"),
        ("cuanto se tarda? y aceptan tarjeta o puro efectivo?",
         B(3, "same day, 4 to 6 hours if the car is left before 10:00 (seats dry in about 6 h)", 10,
           "cash, Visa/Mastercard debit and credit, SPEI transfer; no American Express"),
         "25-30 minutes (basic wash time); answering only one of the two questions without pointing to the other"),
        ("va, q padre, muchas gracias!!", "Small talk: thanks — short 'you are welcome'", "A FAQ answer; a handover"),
        ("bye, ahorita les caigo", "Small talk: goodbye", "A FAQ answer (e.g. location or hours) pushed at the customer; a handover"),
    ],
    [  # 2: two-entry question, typed question while choices show, follow-up, bot?
        ("q diferencia hay entre el lavado normal y el completo",
         B(1, "basic: outside by hand, vacuum, windows, tyres, $150 car / $180 SUV", 2,
           "complete adds dashboard and console, inside windows, rims, tyre shine, spray wax, $280 car / $340 SUV")
         + " (choices with both entries are fine)",
         "Only one of the two prices with no word on the difference; the upholstery or polishing entry"),
        ("oigan y lo del ceramico ese q dura años cuanto es pa una rav4",
         CHOICES + " " + F(8, "RAV4 is an SUV: $6,900, lasts 2 years, pre-polish included"),
         "Ignoring the typed question and repeating the choices; the polishing price; the car price $5,800 without SUV"),
        ("y si nomas quiero q brille y quitarle las rayitas sin lo del ceramico?",
         F(7, "polish + wax $1,800 for an SUV (same RAV4), fine scratches come out, deep ones not fully, about 5 h, appointment"),
         "The ceramic coating again; the complete wash with spray wax as if it removed scratches"),
        ("neta eres un bot o una persona??", "Small talk: are you a bot? — says honestly it is an automated assistant, offers a person if wanted",
         "Claiming to be a person; a FAQ answer; handing over without being asked"),
    ],
    [  # 3: question with a neighbouring trap, typed rejection, rephrasing, near-trade not offered
        ("le pueden sacar todo el lodo de debajo a mi troca? vengo de tapalpa bien enlodada",
         F(15, "chassis and underbody wash $250, can be added to any wash without appointment"),
         "The upholstery entry (its answer mentions mud on the seats); the basic wash only"),
        ("no eso no, lo de abajo abajo, los bajos, no lo de adentro",
         REJ + " Typed rejection: apologise and give " + F(15, "underbody $250") + ", or ask what is meant; if the bot already gave the chassis entry, confirm it",
         "Repeating the same wrong answer; a handover straight away; unrelated choices"),
        ("el chasis pues, cuanto? y de paso el motor q trae mucha grasa",
         F(15, "chassis $250, engine degreasing with steam $350, both together $500"),
         "Only one of the two prices; 'not covered'"),
        ("y polarizado no hacen? le quiero poner al 20",
         NC + " (window tinting is not offered) — says honestly they don't do it, offers a person",
         "The polishing or ceramic entry; inventing a price for tinting"),
    ],
    [  # 4: push-back once, twice, angry request for a person, waiting
        ("me entregaron la troca toda chorreada de los vidrios y el cofre, me la vuelven a pasar?",
         F(13, "free re-wash the same day or within 24 h with the ticket"),
         "The polishing entry (water spots on paint); the hours; a handover before answering"),
        ("eso no es lo q te pregunte. lo recogi el sabado y ya es lunes",
         "Push-back (first time): apologise; saturday→monday is more than 24 h, so the free re-wash no longer applies by the FAQ; offer a person",
         "Pasting the same answer again as if nothing was said; promising a free re-wash anyway"),
        ("no manches otra vez lo mismo!! ya pasame con alguien de ahi, una persona de verdad",
         "Push-back (second time in a row) + angry request for a person: hand over now",
         "Another FAQ answer; asking them to rephrase; no handover"),
        ("hola?? hay alguien o q",
         WAIT + " " + AFTER + " Waiting: reassure that a person has the chat, no FAQ answer, no invented wait time",
         "A FAQ answer; starting over with a greeting menu; a made-up time ('5 minutes')"),
    ],
    [  # 5: angry, FAQ covers (two questions), unrelated, callback, how long
        ("llevo 20 min dando vueltas y no encuentro su changarro!!! por q calle le entro?? y hasta cuando le siguen hoy, no me vayan a dejar afuera",
         B(9, "Av. Guadalupe 1380, between Av. Tepeyac and Av. de las Rosas, 2 blocks from the Glorieta Chapalita, blue gate", 4,
           "today's closing time (Mon-Sat 19:00, Sun 15:00, holidays 14:00), last car 30 minutes before closing") + " — ideally with a short apology",
         "Only an apology or a handover; only one of the two answers; another day's closing time given as today's"),
        ("ya q estas, sabes donde venden buenas tortas ahogadas x ahi?",
         NC + " (unrelated: where to eat) — says it can only help with the car wash",
         "Any FAQ entry; inventing a restaurant"),
        ("mejor q me marque el encargado, mi cel es 33 1987 4410",
         "Request for a person (callback with a number): hand over / pass the number on, without promising a time",
         "Ignoring the number; a FAQ answer; promising 'we call you in 10 minutes'"),
        ("y cuanto se van a tardar en marcarme?",
         AFTER + " Waiting: says a person will call/answer as soon as possible, no invented time",
         "An invented time; the wash duration entry (25-30 minutes)"),
    ],
    [  # 6: cancelling a booking, ambiguous yes, person in dialect
        ("ya no voy a poder llevar la camioneta el sabado pa lo de los asientos. me regresan lo q deje de adelanto?",
         F(14, "free with at least 24 h notice by WhatsApp " + WA + ", the $200 deposit moves to a new date; under 24 h it is not returned but usable within 30 days"),
         "Saying the appointment is cancelled (the bot cannot do it); the payment methods entry; the upholstery price"),
        ("si", "Ambiguous yes: ask what they mean (cancel or move the date?) or say how to do it; never claim it was cancelled",
         "'Your appointment has been cancelled'; a random FAQ entry"),
        ("orale pues, mejor paseme con alguien de ahi porfa, q me lo cambien a otro dia",
         "Request for a person (direct, Mexican wording): hand over",
         "Another FAQ answer only; asking them to book themselves without offering the person"),
    ],
    [  # 7: two questions, follow-up on the second, acknowledgement
        ("me pueden facturar? y tienen alguna mensualidad o algo asi pa ir diario",
         B(11, "yes, ask the same day with RFC, razón social, régimen, CP and CFDI use; by email within 72 h", 12,
           "monthly membership $649, unlimited basic washes (one a day) for one car"),
         "Only one of the two; the payment methods entry instead of the invoice"),
        ("y si luego ya no la quiero, me quedo amarrado o q?",
         F(12, "yes, it renews monthly and can be stopped any time without penalty"),
         "The appointment cancellation entry (24 h, $200 deposit); the invoice entry"),
        ("ok chido", "Small talk: acknowledgement — short reply, no FAQ answer", "Repeating the membership answer; a handover"),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", faq), write_plan("es", plan))
