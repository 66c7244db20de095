# Veterinaria Patitas del Prado, Montevideo -- es-UY, Rioplatense customers (voseo)
from common import Entry as E, stopset

LANG = "es"
SHOP = "Veterinaria Patitas del Prado -- veterinary clinic, Montevideo, Uruguay (Rioplatense Spanish, voseo)"

# Function words only (articles, pronouns, prepositions, conjunctions, auxiliaries).
STOP = stopset("""
algo algun alguna algunas alguno algunos ante antes aqui asi aunque bien cada como con contra cual cuales
cuando cuanto cuanta cuantos cuantas desde donde dentro durante ella ellas ellos entre esta estas este
esto estos esa esas ese eso esos estar estoy estamos estan esta hace hacen hacer hasta hay mucho mucha
muchos muchas nada nosotros nuestra nuestro otra otro otras otros para pero poco porque puede pueden
puedo podes sobre solo tambien tanto tener tengo tiene tienen tenes todo toda todos todas usted ustedes
vos mismo misma muy quien quienes sera son sus una uno unos unas del los las por que les
""")

FAQ = [
 E("¿Cuál es el horario de atención?",
   "Atendemos de lunes a viernes de 9 a 20 h y los sábados de 9 a 13 h, en Av. Agraciada 3870 (Prado). Los domingos y "
   "feriados la clínica está cerrada, pero la guardia telefónica de urgencias funciona las 24 horas.",
   "Horarios", "horario;abierto;sábado;lunes a viernes;feriados",
   "¿Abren los sábados?|¿Hasta qué hora atienden?",
   ["hola, hasta que hora atienden hoy?",
    "abren los sabados de tarde?",
    "salgo de laburar a las siete y media, llego a pasar con la perra por ahí?"]),
 E("¿Atienden urgencias fuera de horario?",
   "Sí. Fuera del horario de la clínica llamá a la guardia al 099 481 220, las 24 horas, todos los días. El veterinario "
   "de guardia te indica si hay que venir a la clínica; la consulta de urgencia fuera de horario cuesta $U 2.800.",
   "Urgencias", "urgencia;emergencia;guardia;24 horas;noche",
   "¿Tienen guardia de noche?|¿A quién llamo en una emergencia?",
   ["tienen guardia los domingos de noche?",
    "es una emergencia a que numero llamo",
    "che mi gato se comió un pedazo de lirio y está babeando todo, son las 2 de la mañana, qué hago???"]),
 E("¿Cuánto cuesta una consulta?",
   "La consulta general en la clínica cuesta $U 1.200 e incluye el examen clínico completo. Los controles dentro de los "
   "10 días siguientes por el mismo problema no se cobran. Análisis, radiografías y medicación se cobran aparte.",
   "Precios", "consulta;precio;costo;control;revisión",
   "¿Qué precio tiene la consulta?|¿Cobran el control?",
   ["cuanto sale la consulta?",
    "si vuelvo a control la semana que viene me lo cobran de nuevo?",
    "mi perro anda medio decaído y no come, cuánta plata tengo que llevar para que lo vean?"]),
 E("¿Hacen consultas a domicilio?",
   "Sí, de lunes a sábado en Montevideo, con cita previa. La consulta a domicilio cuesta $U 2.000 en Prado, Paso Molino, "
   "Capurro y Belvedere, y $U 2.500 en el resto de Montevideo. Coordinala por WhatsApp al 099 481 221.",
   "Consultas", "domicilio;visita;a casa;cita;barrio",
   "¿Pueden venir a mi casa?|¿Cuánto cuesta la visita a domicilio?",
   ["pueden venir a casa a ver al gato?",
    "cuanto cobran la visita a domicilio en malvín",
    "mi viejo tiene un ovejero de 40 kilos que no camina bien y no hay forma de meterlo en el auto, ¿alguien se puede dar una vuelta?"]),
 E("¿Qué vacunas necesita mi perro?",
   "Los cachorros reciben la primera vacuna (séxtuple) a los 45 días y dos refuerzos cada 21 días. A partir de los 4 "
   "meses se aplica la antirrábica, que es obligatoria. Después, un refuerzo anual de ambas. Cada dosis cuesta $U 950 y "
   "anotamos todo en la libreta sanitaria.",
   "Vacunas", "vacunas;vacunación;cachorro;antirrábica;refuerzo",
   "¿Cuándo vacuno a mi cachorro?|¿Cuánto cuesta la vacuna antirrábica?",
   ["cuando le doy la antirabica al cachorro",
    "cuanto sale cada vacuna?",
    "me regalaron un perrito de mes y medio, ¿qué le tengo que dar para que no se enferme?"]),
 E("¿Cuánto cuesta castrar a mi mascota?",
   "Castración de gata: $U 3.800; gato: $U 2.500; perro: desde $U 5.000; perra: desde $U 6.500, según el peso. El precio "
   "incluye anestesia, cirugía y el control a los 10 días. Se hace con turno; el animal tiene que venir con 8 horas de "
   "ayuno y se va a casa el mismo día.",
   "Cirugía", "castración;castrar;esterilizar;cirugía;ayuno",
   "¿Castran gatas?|¿Cuánto sale esterilizar una perra?",
   ["cuanto sale castrar una perra de 20 kilos",
    "cuantas horas de ayuno necesita el gato antes de castrarlo?",
    "la gatita se me escapa al techo cada vez que anda alzada, no quiero más cría, ¿qué me aconsejás?"]),
 E("¿Cada cuánto hay que desparasitar?",
   "Los cachorros y gatitos se desparasitan cada 15 días hasta los 3 meses y después una vez por mes hasta los 6 meses. "
   "Los adultos, cada 3 meses contra parásitos internos. Contra pulgas y garrapatas recomendamos pipeta o comprimido "
   "todos los meses; los vendemos en el mostrador sin necesidad de consulta.",
   "Prevención", "desparasitar;parásitos;pulgas;garrapatas;pipeta",
   "¿Venden pipetas para pulgas?|¿Cada cuánto doy el antiparasitario?",
   ["cada cuanto le tengo que dar la pastilla de los parasitos?",
    "venden pipetas para garrapatas sin consulta",
    "el perro se rasca todo el día y le vi unos bichitos negros en la panza, ¿qué le pongo?"]),
 E("¿Colocan microchip?",
   "Sí. Colocar el microchip cuesta $U 900 e incluye el registro del animal en el Registro Nacional de Animales de "
   "Compañía. No necesitás turno: vení con tu cédula de identidad en el horario de la clínica. El chip se coloca con una "
   "inyección bajo la piel y no requiere anestesia.",
   "Prevención", "microchip;chip;registro;identificación;cédula",
   "¿Cuánto cuesta poner el chip?|¿Registran al perro?",
   ["cuanto sale poner el chip?",
    "necesito turno para el microchip o voy directo?",
    "adopté un cuzco del refugio y me dijeron que lo tengo que anotar en no sé qué lista del gobierno, eso lo hacen ustedes?"]),
 E("¿Hacen el certificado para viajar al exterior con mi mascota?",
   "Sí. Para viajar a Argentina o Brasil emitimos el certificado de salud ($U 2.500) dentro de los 10 días anteriores al "
   "viaje; después hay que validarlo en el Ministerio de Ganadería (MGAP). Para Europa se necesita además un análisis de "
   "anticuerpos de rabia con al menos 3 meses de anticipación, así que consultanos con tiempo.",
   "Trámites", "viaje;certificado;exterior;MGAP;Argentina",
   "¿Qué papeles necesito para llevar al perro a Buenos Aires?|¿Cuánto cuesta el certificado de viaje?",
   ["que papeles necesito para llevar al perro a buenos aires en el buquebus?",
    "cuanto cuesta el certificado para viajar",
    "nos vamos a vivir a españa en marzo y la gata se viene con nosotros, ¿por dónde empiezo?"]),
 E("¿Tienen internación?",
   "Sí, tenemos internación de día y de 24 horas con control veterinario permanente. El día de internación cuesta "
   "$U 3.000, más medicación y estudios. Las visitas son de 11 a 12 h y de 18 a 19 h, y te mandamos un parte por "
   "WhatsApp todas las mañanas.",
   "Internación", "internación;internado;visitas;parte;hospitalización",
   "¿Puedo visitar a mi perro internado?|¿Cuánto sale un día de internación?",
   ["a que hora puedo visitar a mi perro internado",
    "cuanto sale por dia la internacion?",
    "a la perra le tienen que poner suero varios días, ¿se puede quedar ahí con ustedes o la tengo que llevar y traer?"]),
 E("¿Qué formas de pago aceptan?",
   "Aceptamos efectivo, tarjetas de débito y de crédito (Visa, Mastercard, OCA y Creditel) y transferencia bancaria. Con "
   "tarjeta de crédito podés pagar las cirugías en hasta 3 cuotas sin recargo. No trabajamos con seguros para mascotas.",
   "Pagos", "pago;tarjeta;efectivo;cuotas;transferencia",
   "¿Puedo pagar con tarjeta?|¿Aceptan OCA?",
   ["se puede pagar con oca?",
    "puedo pagar la castracion en cuotas?",
    "ahora no me da la plata para todo junto, ¿me dejan hacerlo en partes?"]),
 E("¿Venden alimento balanceado?",
   "Sí, tenemos ración seca y húmeda de Royal Canin, Pro Plan y Excellent, incluidas las dietas de prescripción (renal, "
   "gastrointestinal, urinaria). Si comprás más de $U 3.000, te lo llevamos gratis a domicilio en Prado, Paso Molino y "
   "Belvedere al día siguiente.",
   "Tienda", "alimento;ración;balanceado;Royal Canin;dieta",
   "¿Tienen ración para gatos castrados?|¿Llevan la ración a domicilio?",
   ["tienen royal canin renal para gatos?",
    "me traen la bolsa de racion a casa?",
    "al perro le salieron piedras en la vejiga y el doctor le mandó una comida especial, ¿la consigo ahí?"]),
]

OOS_NEAR = [
 "hacen baño y corte de pelo para perros?",
 "¿tienen guardería para dejar al perro cuando me voy de vacaciones?",
 "atienden caballos?",
 "dan clases de adiestramiento? mi perro tira de la correa todo el tiempo",
]
OOS_FAR = [
 "cuándo juega nacional en el parque central?",
 "donde como un buen chivito en pocitos?",
 "¿va a llover mañana en montevideo?",
 "como saco la cédula nueva?",
]

ACTS = [
 ("buenas!", "GREETING"),
 ("hola, buen día, ¿qué tal?", "GREETING"),
 ("mil gracias, divinos", "THANKS"),
 ("ta, gracias bo", "THANKS"),
 ("chau, nos vemos", "BYE"),
 ("che, ¿vos sos una persona o un programa?", "BOT_QUESTION"),
 ("¿me está contestando una máquina?", "BOT_QUESTION"),
 ("¿me pasás con alguien de la clínica?", "PERSON"),
 ("quiero hablar con una persona de verdad, por favor", "PERSON"),
 ("nada que ver con lo que te pregunté, bo", "NOT_HELPED"),
]
