"""es: Clínica Dental Fuencarral (Madrid). Run from src/: python3 es.py"""
from common_b import write

Q_REV = "¿Cuánto cuesta una revisión?"
Q_HOR = "¿Cuál es el horario de la clínica?"
Q_LIM = "¿Cuánto cuesta una limpieza dental?"
Q_BLA = "¿Cuánto cuesta el blanqueamiento dental?"
Q_DES = "¿Qué tengo que evitar después del blanqueamiento?"
Q_ORT = "¿Qué ortodoncias hacéis y cuánto cuestan?"
Q_URG = "¿Atendéis urgencias?"
Q_SEG = "¿Con qué seguros dentales trabajáis?"
Q_PLA = "¿Se puede financiar el tratamiento?"
Q_CAN = "¿Cómo cancelo o cambio una cita?"
Q_PAG = "¿Qué formas de pago aceptáis?"
Q_DIR = "¿Dónde está la clínica?"
Q_NIN = "¿Atendéis a niños?"
Q_IMP = "¿Cuánto cuesta un implante?"
Q_SED = "¿Tenéis sedación para pacientes con miedo?"

FAQ = [
    (Q_REV, "La revisión cuesta 30 € e incluye exploración y las radiografías pequeñas que hagan falta. Para pacientes nuevos la primera revisión es gratis. Revisión y limpieza en la misma cita: 70 € en total.", "precios", ["revisión", "chequeo", "exploración", "primera visita"], ["cuánto vale un chequeo", "precio de la primera visita"]),
    (Q_HOR, "De lunes a jueves de 9:00 a 20:00 y los viernes de 9:00 a 15:00. El primer y el tercer sábado de cada mes abrimos de 10:00 a 14:00, solo con cita. Domingos y festivos cerrado.", "clínica", ["horario", "abierto", "sábado", "hora"], ["a qué hora abrís", "qué días abre la clínica"]),
    (Q_LIM, "La limpieza (tartrectomía y pulido) cuesta 55 € y dura unos 45 minutos. Si la haces junto con la revisión, las dos cuestan 70 €.", "precios", ["limpieza", "tartrectomía", "pulido", "higiene"], ["precio de una higiene dental", "cuánto vale limpiarse la boca"]),
    (Q_BLA, "Blanqueamiento en clínica: 290 €, una sesión de 90 minutos. Blanqueamiento en casa con férulas a medida: 220 €, durante 2 semanas. Antes hace falta una revisión. No lo hacemos a menores de 18 años ni a embarazadas o durante la lactancia.", "tratamientos", ["blanqueamiento", "blanquear", "manchas", "color"], ["quiero blanquearme los dientes", "precio del blanqueamiento"]),
    (Q_DES, "Durante las 48 horas siguientes evita café, té, vino tinto, refrescos de cola, tabaco y alimentos con colorante (tomate, remolacha). Es normal algo de sensibilidad 1-2 días; te damos un gel para eso sin coste.", "tratamientos", ["después", "cuidados", "sensibilidad", "evitar"], ["qué no puedo comer tras blanquear", "cuidados después de blanquear"]),
    (Q_ORT, "Brackets metálicos desde 1.800 €, brackets estéticos (de zafiro) desde 2.300 € y alineadores invisibles desde 3.200 €. El estudio de ortodoncia cuesta 60 € y se descuenta si empiezas el tratamiento. Las revisiones mensuales están incluidas.", "tratamientos", ["ortodoncia", "brackets", "alineadores", "invisalign"], ["precio de los brackets", "cuánto cuesta la ortodoncia invisible"]),
    (Q_URG, "Sí. En horario de clínica reservamos huecos cada día para urgencias: llama al 91 445 67 89 y te vemos el mismo día. La consulta de urgencia cuesta 40 € y se descuenta del tratamiento que haga falta. Fuera de horario, de lunes a viernes de 20:00 a 23:00, atiende el teléfono de guardia 600 123 456.", "urgencias", ["urgencia", "urgente", "guardia", "flemón"], ["tengo una urgencia dental", "necesito un dentista hoy"]),
    (Q_SEG, "Somos clínica concertada de Sanitas Dental, Adeslas Dental, DKV Dentisalud y Asisa Dental: revisión y limpieza anual incluidas y el resto con el precio de tu póliza. Con otros seguros pagas tú y te damos la factura para pedir el reembolso.", "pagos", ["seguro", "póliza", "Sanitas", "Adeslas", "DKV", "Asisa"], ["trabajáis con mi seguro", "sois de cuadro médico de Sanitas"]),
    (Q_PLA, "Sí. A partir de 300 € puedes financiar hasta 12 meses sin intereses; hasta 24 meses con un 6,9 % TAE. Solo necesitas DNI, una nómina o pensión y una cuenta bancaria; la aprobación tarda unos 10 minutos en la clínica.", "pagos", ["financiación", "plazos", "cuotas", "meses", "financiar"], ["puedo pagarlo a plazos", "tenéis financiación sin intereses"]),
    (Q_CAN, "Puedes cambiar o cancelar la cita gratis hasta 24 horas antes por teléfono (91 445 67 89) o por WhatsApp (600 123 456). Si cancelas con menos de 24 horas o no vienes, cobramos 20 €, salvo enfermedad o urgencia justificada.", "citas", ["cancelar", "anular", "cambiar cita", "no puedo ir"], ["quiero anular mi cita", "cómo cambio la hora de la cita"]),
    (Q_PAG, "Aceptamos efectivo, tarjeta de débito o crédito y Bizum. No aceptamos cheques ni transferencias para pagos en el día; los tratamientos financiados se pagan por domiciliación.", "pagos", ["pago", "tarjeta", "efectivo", "Bizum"], ["aceptáis tarjeta", "se paga en efectivo"]),
    (Q_DIR, "Estamos en la Calle de Fuencarral 142, 2.º izquierda (28010 Madrid), portal con puerta verde al lado de una farmacia. Metro Quevedo (línea 2) a 2 minutos o Bilbao (líneas 1 y 4) a 5 minutos. Hay un parking público en la Calle de Olid, a 3 minutos.", "clínica", ["dirección", "ubicación", "metro", "parking", "llegar"], ["cuál es la dirección", "cómo llego a la clínica"]),
    (Q_NIN, "Sí, desde los 3 años. La odontopediatra pasa consulta los martes y jueves por la tarde. La primera revisión infantil es gratis hasta los 14 años.", "tratamientos", ["niños", "infantil", "odontopediatra", "hijo"], ["atendéis a críos", "dentista para mi hija pequeña"]),
    (Q_IMP, "Un implante de titanio con su corona cuesta 1.150 €. Antes hace falta un estudio con TAC 3D, que cuesta 90 €. Todo el proceso suele durar de 3 a 4 meses y se puede financiar.", "tratamientos", ["implante", "corona", "diente perdido", "titanio"], ["precio de un implante", "me falta un diente qué opciones hay"]),
    (Q_SED, "La anestesia local siempre está incluida. Para pacientes con mucho miedo ofrecemos sedación consciente con anestesista: 180 € por sesión; hay que pedirla con al menos una semana de antelación y venir acompañado.", "tratamientos", ["sedación", "miedo", "anestesia", "nervios", "dormir"], ["me da pánico el dentista", "podéis sedarme"]),
]

T = "[type, do not tap] [if the bot showed choices, type this instead of tapping]"
R = "[type, do not tap] [if the bot showed choices or an answer, type this instead of tapping]"
W = "[wait 60 s before sending] [after the bot handed over to a person]"
PLAN = [
    (1, "hola buenas, cuanto me sale una limpieza? y teneis hueco los sabados?", f'Both FAQ: "{Q_LIM}" + FAQ: "{Q_HOR}" — limpieza 55 €; sábados solo el 1.º y el 3.º del mes, 10-14, con cita', "only one half without pointing to the other; saying the clinic is open every Saturday"),
    (1, "y si me hacen tb la revision a la vez?", f'FAQ: "{Q_REV}" — revisión + limpieza juntas 70 € (revisión sola 30 €)', "adding 30 + 55 = 85 €; the opening hours again"),
    (1, "vale. y se puede con el movil?", f'FAQ: "{Q_PAG}" — yes, Bizum (also cash and card); "con el movil" means paying by phone', "asking for an appointment by phone / the phone number; financing"),
    (1, "perfecto, muchas gracias!!", "Small talk: thanks — short reply, no FAQ entry", "repeating a FAQ answer; handing over"),
    (2, "tengo una duda con lo de los dientes", "Too vague to answer — choices or a clarifying question, no handover", "a random FAQ answer; a handover"),
    (2, "me duele muchisimo una muela desde anoche, me podeis ver hoy?", f'{T} FAQ: "{Q_URG}" — yes, same-day slots: call 91 445 67 89; 40 €', "the appointment/cancellation entry; sedation; a handover instead of the answer"),
    (2, "y cuanto me cobrais por eso? me lo cubre adeslas?", f'Both FAQ: "{Q_URG}" + FAQ: "{Q_SEG}" — urgencia 40 € (descontado del tratamiento); Adeslas Dental is concertada', "the price list of the cleaning; saying Adeslas is not accepted"),
    (2, "oye eres una maquina o una persona de verdad?", "Small talk: are you a bot — honest yes, it is an automatic assistant; can offer a person", "claiming to be a person; a FAQ answer"),
    (3, "info de precios porfa", "Too vague to answer — choices (revisión, limpieza, blanqueamiento, ortodoncia…) or a question", "one arbitrary price entry as if it were the answer; handover"),
    (3, "no eso no. quiero tener los dientes mas blancos, que me sale?", f'{R} FAQ: "{Q_BLA}" — en clínica 290 €, en casa con férulas 220 €', "the cleaning (55 €) as the answer; repeating the choices"),
    (3, "y luego puedo seguir tomando mis cafes?", f'FAQ: "{Q_DES}" — no coffee for 48 h after, then normal', "the whitening prices again; 'not covered'"),
    (3, "vale y lo de rellenar labios con acido hialuronico lo haceis?", "Not covered by the FAQ (lip fillers are not offered) — honest, may offer a person", "the whitening or sedation entry; saying yes"),
    (4, "mi hija tiene 12 años y le tienen que poner hierros, cuanto sale mas o menos? se puede ir pagando poco a poco?", f'Both FAQ: "{Q_ORT}" + FAQ: "{Q_PLA}" — metálicos desde 1.800 € (estudio 60 €); hasta 12 meses sin intereses desde 300 €', "the children's entry only; only one half"),
    (4, "y cuanto tiempo los tiene que llevar puestos?", "Not covered by the FAQ (length of the treatment depends on the study) — honest, offer a person or the 60 € study", "inventing a duration; the 3-4 months of the implant entry"),
    (4, "eso no es lo que te he preguntado", "Push-back (first time) — apologise, ask what is missing or offer a person", "the same answer again"),
    (4, "que no me contestas a lo que pregunto!! pasame con alguien de la clinica ya", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer or choices; not handing over"),
    (4, "hola?? hay alguien", f"{W} Waiting — reassure that a person will answer, no FAQ answer", "a FAQ answer; the opening hours; inventing a wait time"),
    (5, "llevo 20 min dando vueltas por fuencarral y no encuentro el portal!! donde narices estais", f'FAQ: "{Q_DIR}" — Fuencarral 142, 2.º izq., puerta verde junto a una farmacia, metro Quevedo; ideally an apology', "ignoring the anger with choices; the opening hours"),
    (5, "por cierto a q hora juega hoy el madrid", "Not covered by the FAQ (football) — short honest reply", "any FAQ entry; the clinic's hours"),
    (5, "da igual. que me llame alguien al 612 48 93 07 q llego tarde a la cita", "Request for a person (callback with a number) — hand over / confirm a person will call", "the cancellation penalty as the only reply; ignoring the number"),
    (5, "y cuanto vais a tardar en llamarme?", f"{W} Waiting — reassure, no invented time, no FAQ answer", "the opening hours or the urgencias entry; promising 'in 5 minutes'"),
    (6, "buenas, el jueves al final no voy a poder ir, q me han cambiado el turno en el curro", f'FAQ: "{Q_CAN}" — free until 24 h before, by phone 91 445 67 89 or WhatsApp 600 123 456; later 20 €; must not claim it is cancelled', "saying the appointment is cancelled; the opening hours"),
    (6, "si", "Ambiguous yes — acknowledge or ask what they mean; never claim the appointment was cancelled", "'your appointment has been cancelled'; a new FAQ answer"),
    (6, "me estoy liando mazo tio, pasame con alguien de la clinica porfa", "Request for a person (mild Madrid slang: 'mazo' = a lot, 'tío' = mate) — hand over", "another explanation of the cancellation rule; not handing over"),
    (7, "hola buenos dias, cuanto vale ponerse un diente fijo? es que me da panico el dentista, me podeis dormir?", f'Both FAQ: "{Q_IMP}" + FAQ: "{Q_SED}" — implante con corona 1.150 € + TAC 90 €; sedación consciente 180 €, pedir 1 semana antes', "orthodontics; only one half"),
    (7, "y a mi crio de 6 años tambien le mirais?", f'FAQ: "{Q_NIN}" — yes from 3 years, Tue and Thu afternoons, first check-up free until 14', "the adult check-up price; sedation"),
    (7, "vale genial, hasta luego", "Small talk: goodbye — short reply", "a FAQ answer; a handover"),
]

if __name__ == "__main__":
    write("es", FAQ, PLAN)
