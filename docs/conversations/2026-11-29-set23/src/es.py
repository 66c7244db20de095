"""es: Fiestas Chiribitas, children's parties and entertainment, Zaragoza (Spain). Run from src/: python3 es.py"""
from common_b import Faq, entry, write_faq, write_plan, WAIT, TYPE, TYPE_REJECT, AFTER

FAQ = Faq([
    entry("packs", "¿Qué packs de cumpleaños tenéis y cuánto cuestan?",
          "Para fiestas en nuestro local hay tres packs: Pack Básico, 12 € por niño (2 horas, merienda y un animador); "
          "Pack Completo, 16 € por niño (3 horas, merienda, animador, castillo hinchable y piñata); Pack Estrella, 21 € "
          "por niño (3 horas, todo lo del Completo más 30 minutos de mago o payaso y la tarta). Se cobran como mínimo "
          "10 niños. Los adultos que acompañan no pagan.",
          "precios", ["pack", "precio por niño", "cumpleaños", "tarifa", "fiesta en el local"],
          ["cuánto cuesta celebrar un cumpleaños con vosotros", "qué incluye cada pack", "precios de las fiestas infantiles"]),
    entry("ninos", "¿Cuántos niños pueden venir como mínimo y como máximo?",
          "En el local caben hasta 30 niños por fiesta y se cobran como mínimo 10 niños aunque vengan menos. En casa no "
          "hay máximo, pero ponemos un animador por cada 15 niños (cada animador extra cuesta 60 € por hora). El número "
          "definitivo de niños se confirma 3 días antes: se cobra ese número aunque falte alguno y, si vienen más, se "
          "pagan ese día si hay sitio.",
          "reservas", ["número de niños", "mínimo", "máximo", "invitados", "aforo"],
          ["cuántos niños caben en el local", "hay un mínimo de niños", "y si vienen menos niños de los que dije"]),
    entry("casa", "¿Hacéis la fiesta en casa o solo en vuestro local?",
          "Las dos cosas. En casa, en un jardín o en un local que alquiléis vosotros: animación de 2 horas con un "
          "animador, 150 € (hasta 15 niños); la merienda no va incluida, pero la llevamos por 6 € por niño. El "
          "desplazamiento es gratis dentro de Zaragoza ciudad y cuesta 15 € a barrios rurales y pueblos a menos de "
          "30 km (Utebo, Cuarte de Huerva, La Puebla de Alfindén…). Más lejos no vamos.",
          "servicios", ["en casa", "a domicilio", "jardín", "desplazamiento", "pueblo"],
          ["venís a casa a animar la fiesta", "hacéis fiestas a domicilio", "cuánto cobráis por desplazaros"]),
    entry("payaso", "¿Cuánto cuesta un payaso o un mago?",
          "Un espectáculo de payaso o de mago de 45 minutos cuesta 120 €, en nuestro local o en vuestra casa. Payaso con "
          "globoflexia durante 1 hora: 150 €. En el Pack Estrella ya van incluidos 30 minutos de mago o payaso. Hay que "
          "reservarlo con al menos 7 días de antelación.",
          "servicios", ["payaso", "mago", "magia", "espectáculo", "globoflexia"],
          ["tenéis magos para cumpleaños", "precio del payaso", "cuánto dura el espectáculo"]),
    entry("hinchable", "¿Alquiláis castillos hinchables?",
          "Sí. Castillo pequeño (3 x 3 m, para niños hasta 6 años): 90 € el día. Castillo grande con tobogán (5 x 4 m, de "
          "4 a 12 años): 140 € el día. Incluye montaje y recogida en Zaragoza ciudad (a pueblos a menos de 30 km, 15 € "
          "más). Hace falta un enchufe a menos de 20 metros y suelo llano. Si llueve o hace viento fuerte no se monta y "
          "se cambia la fecha o se devuelve lo pagado. Monitor para vigilar el castillo: 15 € por hora.",
          "servicios", ["castillo hinchable", "hinchable", "alquiler", "tobogán"],
          ["cuánto cuesta alquilar un hinchable", "se puede alquilar solo el castillo", "tenéis colchonetas hinchables"]),
    entry("merienda", "¿Qué lleva la merienda?",
          "Bocadillos pequeños de jamón york y queso y de chorizo, sándwiches de Nocilla, patatas fritas, palomitas, "
          "gusanitos, fruta cortada, zumos y agua. La tarta no va incluida salvo en el Pack Estrella. Para los adultos "
          "hay café gratis y se puede encargar picoteo (tortilla, empanada, embutido) por 5 € por persona.",
          "comida", ["merienda", "bocadillos", "menú", "picoteo"],
          ["qué dais de merendar a los niños", "qué comida incluye la fiesta", "qué hay para picar"]),
    entry("tarta", "¿Puedo traer mi propia tarta?",
          "Sí, siempre que sea de pastelería y venga con la etiqueta de ingredientes: por sanidad no podemos servir "
          "tartas ni comida hechas en casa. También os la hacemos nosotros: tarta de chocolate o de fresa con el nombre "
          "del niño, 25 € hasta 15 niños y 35 € hasta 30 niños, encargándola con 5 días. Las velas van incluidas.",
          "comida", ["tarta", "pastel", "velas", "tarta propia"],
          ["se puede llevar la tarta de casa", "vosotros hacéis tartas", "cuánto cuesta la tarta"]),
    entry("alergias", "¿Qué pasa si un niño tiene alergias o intolerancias?",
          "Preparamos la merienda sin gluten o sin lactosa sin coste extra si nos avisáis al menos 72 horas antes. No "
          "podemos garantizar que no haya trazas, porque la cocina es compartida. Si la alergia es grave, los padres "
          "pueden traer la comida de ese niño en un recipiente cerrado.",
          "comida", ["alergia", "intolerancia", "sin gluten", "sin lactosa", "trazas"],
          ["tenéis merienda sin gluten", "mi hijo es alérgico a la leche", "avisar de alergias"]),
    entry("reserva", "¿Cómo reservo y cuánto hay que pagar de señal?",
          "Podéis reservar en la web, por teléfono (976 41 23 87, de martes a sábado de 10:00 a 14:00 y de 17:00 a "
          "20:00), por WhatsApp (655 30 81 24) o en el local. La señal es de 50 € para fiestas en el local y del 30 % "
          "para fiestas en casa y castillos hinchables, y el resto se paga el día de la fiesta. Todo se puede pagar en "
          "efectivo, con tarjeta o por Bizum. Sin señal no guardamos la fecha.",
          "reservas", ["reservar", "señal", "pago", "adelanto", "forma de pago"],
          ["cómo hago la reserva", "cuánto se paga por adelantado", "se puede pagar con tarjeta"]),
    entry("cancelar", "¿Puedo anular la fiesta o cambiarla de fecha?",
          "Si anuláis con más de 15 días de antelación os devolvemos la señal entera; entre 15 y 7 días, la mitad; con "
          "menos de 7 días la señal se pierde. Cambiar la fecha es gratis una vez si avisáis al menos 7 días antes. Si el "
          "niño del cumpleaños se pone enfermo, con un justificante médico cambiamos la fecha sin perder la señal, aunque "
          "sea el mismo día.",
          "reservas", ["anular", "cancelar", "cambiar fecha", "devolución", "enfermo"],
          ["quiero cancelar la reserva", "me devolvéis la señal si anulo", "podemos pasar la fiesta a otro día"]),
    entry("horario", "¿Qué días y horarios tenéis para las fiestas?",
          "En el local: de martes a viernes de 17:30 a 19:30 (hasta 20:30 con el Pack Completo o el Estrella); sábados, "
          "domingos y festivos en dos turnos, de 11:00 a 14:00 y de 17:00 a 20:00. Los lunes está cerrado. Fiestas en "
          "casa: cualquier día de 10:00 a 21:00.",
          "horarios", ["horario", "días", "turnos", "abierto", "fin de semana"],
          ["a qué hora son las fiestas", "abrís los domingos", "qué turnos hay"]),
    entry("edades", "¿Para qué edades son las fiestas?",
          "La animación es para niños de 2 a 12 años. Los menores de 3 años tienen una zona de bebés con piscina de bolas "
          "y siempre tienen que estar con un adulto. Para niños de 10 a 12 años hay la fiesta Aventura (gincana, karaoke "
          "y juego de pistas en lugar de los juegos de los pequeños), al mismo precio que los packs.",
          "servicios", ["edad", "años", "bebés", "mayores", "fiesta Aventura"],
          ["hasta qué edad", "sirve para niños de 12 años", "hay algo para bebés"]),
    entry("padres", "¿Se pueden quedar los padres durante la fiesta?",
          "Sí, hay una zona de adultos con mesas y sillas para 30 personas y café e infusiones gratis; el picoteo para "
          "adultos se encarga aparte (5 € por persona). No se puede traer alcohol ni comida de fuera (salvo una tarta de "
          "pastelería o la comida de un niño con alergia). Al menos un adulto de la familia que organiza tiene que "
          "quedarse toda la fiesta.",
          "local", ["padres", "adultos", "acompañantes", "zona de adultos", "café"],
          ["hay sitio para los padres", "tenemos que quedarnos", "los adultos pagan"]),
    entry("tematica", "¿Hacéis fiestas temáticas con decoración?",
          "Sí, de piratas, princesas, superhéroes, dinosaurios, unicornios y fútbol. La decoración temática (globos, "
          "mantel, guirnalda y photocall) cuesta 40 € y el animador va disfrazado a juego sin coste. Piñata llena: 15 € "
          "(ya incluida en el Completo y el Estrella). Bolsitas de chuches para llevarse: 2 € por niño.",
          "servicios", ["temática", "decoración", "disfraz", "piñata", "globos"],
          ["tenéis fiesta de piratas", "decoráis la sala", "cuánto cuesta la piñata"]),
    entry("local", "¿Dónde está el local y se puede aparcar?",
          "Estamos en la calle Miguel Servet 88, en Las Fuentes (50013 Zaragoza). Los autobuses 33 y 39 paran a 100 "
          "metros. Entre semana la calle es zona azul hasta las 20:00; los sábados por la tarde y los domingos se aparca "
          "gratis. Dentro hay sitio para dejar carritos y bicis.",
          "local", ["dirección", "dónde", "aparcar", "autobús", "cómo llegar"],
          ["dónde estáis", "hay parking", "qué bus me deja cerca"]),
])

F = FAQ
ROWS = [
    # 1: greeting + two questions, short follow-ups, thanks/bye
    (1, "hola buenas! queria celebrar lo de mi hija en vuestro sitio, cuanto sale por crio y que les dais de comer?",
     "Small talk greeting (short) + " + F.both("packs", "merienda",
        "Básico 12 €, Completo 16 €, Estrella 21 € per child (minimum 10 charged); sandwiches, crisps, popcorn, fruit, juice, no cake except Estrella"),
     "Only one half with no pointer to the other; reply about a party at home (casa) or the cake entry only; a handover"),
    (1, "y con mago?",
     F.one("payaso", "a magician show is 120 € for 45 min (book 7 days ahead); or the Pack Estrella (21 €/child) already includes 30 min of magician or clown"),
     "Read on its own as a new topic without the price; the tematica entry; repeating the packs answer without the magician price"),
    (1, "la tarta la llevo yo q la hace mi suegra, es casera. ah y si al final son 8 crios nada mas?",
     F.both("tarta", "ninos",
        "a home-made cake cannot be served (only bakery cakes with an ingredient label; theirs 25 €); with 8 children the minimum of 10 is still charged"),
     "Saying the home-made cake is fine; saying they pay only for 8; answering only the cake or only the numbers without pointing to the other"),
    (1, "vale gracias, hasta luego",
     "Small talk: thanks + goodbye + acknowledgement — short friendly goodbye",
     "An FAQ answer or choices; a handover; asking again what they need at length"),
    # 2: vague opener, typed question while choices show, follow-up with two questions, bot?
    (2, "info fiestas",
     "Too vague to answer — choices (packs, fiesta en casa, horarios…) or a clarifying question",
     "A long answer from one random entry; a handover; saying it is not covered"),
    (2, "se os puede coger solo lo de saltar para el patio de la urba? sin animador ni nada",
     TYPE + " " + F.one("hinchable", "yes, the bouncy castle is rented alone: small 90 €/day, big with slide 140 €/day, set-up included in Zaragoza, needs a plug within 20 m and flat ground"),
     "The packs or casa entry (animation); not covered; ignoring the typed text and repeating the choices"),
    (2, "el grande cuanto es? y me lo llevais a cuarte?",
     F.both("hinchable", "casa",
        "the big one is 140 € a day; Cuarte de Huerva is within 30 km, so delivery is possible with 15 € extra"),
     "The small castle price (90 €); saying set-up is only in Zaragoza city and they cannot come; saying the trip is free"),
    (2, "oye pero tu eres una persona o un robot",
     "Small talk: are you a bot — honest: an automatic assistant; can pass on to a person if wanted",
     "Claiming to be a person; an FAQ answer; handing over without being asked"),
    # 3: vague, typed rejection, rephrasing, near-trade not offered
    (3, "tengo una duda con lo de la comida",
     "Too vague to answer — choices such as merienda, tarta, alergias, or a clarifying question",
     "Answering only the merienda entry as if sure; a handover"),
    (3, "no, ninguna de esas",
     TYPE_REJECT + " Typed rejection — ask what exactly they want to know / invite a rephrasing; no handover yet",
     "Showing the same choices again; a random FAQ answer; saying it is not covered"),
    (3, "mi hijo es celiaco, puede comer lo mismo q los demas en la fista?",
     F.one("alergias", "gluten-free merienda at no extra cost if told 72 h before; traces cannot be ruled out (shared kitchen); parents may bring his own food"),
     "The general merienda entry (ordinary sandwiches); promising a completely gluten-free kitchen; not covered"),
    (3, "y haceis tambien de canguro? para cuidar a los niños un sabado por la noche mientras salimos a cenar",
     "Not covered by the FAQ (babysitting at night is not offered) — say so honestly, offer a person",
     "The padres, edades or horario entry as if it were babysitting; saying yes"),
    # 4: two questions in a long message, push-back once and twice, angry request, waiting
    (4, "buenas, mi chaval hace 11 el mes que viene y dice que los payasos son de crios pequeños, que le da verguenza. vendrian unos 20 de su clase. teneis algo para chavales asi y cuanto me saldria todo?",
     F.both("edades", "packs",
        "for 10-12 there is the fiesta Aventura (gincana, karaoke, treasure hunt) at the same prices; 20 children: 240 € Básico, 320 € Completo, 420 € Estrella"),
     "Offering the clown/magician; saying the parties are only for small children; only one half"),
    (4, "eso ya lo he leido, lo que pregunto es si le podeis hacer una de fortnite",
     "Push-back (first time) — apologise; " + F.ref("tematica") + " lists pirates, princesses, superheroes, dinosaurs, unicorns, football, not Fortnite: say so or offer a person",
     "Repeating the packs/edades answer; promising a Fortnite party"),
    (4, "que no me entiendes!! pasame con alguien de verdad ya",
     "Push-back (second time in a row) + angry request for a person — hand over now, with a short apology",
     "Another FAQ answer or choices; asking them to rephrase again"),
    (4, "hola?? hay alguien",
     WAIT + " Waiting — reassure that a person has the conversation; no FAQ answer, no invented wait time",
     "An FAQ answer; starting over with a greeting and choices; a made-up time"),
    # 5: angry but covered, unrelated, callback with number, waiting
    (5, "esto es una vergüenza, el crio con 39 de fiebre y me decis por telefono que pierdo los 50 euros porq es mañana???",
     F.one("cancelar", "with a medical note the date is changed without losing the deposit, even at the last moment (ideally with an apology)"),
     "Only the 7-day rule (deposit lost); the alergias entry; a handover instead of the answer"),
    (5, "oye y sabeis a q hora abre el pilar el domigo? vienen los abuelos de fuera",
     "Not covered by the FAQ (opening hours of the Basílica del Pilar) — say it cannot answer that",
     "The horario entry (their own opening hours); the local entry"),
    (5, "mirad, llamadme al 654 21 87 09 por la tarde que por aqui no me aclaro",
     "Request for a person (callback with a number) — hand over / pass the number on; no promise of an exact call time",
     "Ignoring the number; an FAQ answer; only the shop phone number with no handover"),
    (5, "cuanto vais a tardar?",
     WAIT + " Waiting — reassure; no invented wait time",
     "A party duration (2 or 3 hours) from the packs entry; a made-up time"),
    # 6: cancelling a booking without the word, ambiguous yes, follow-up, dialect request
    (6, "buenas, teniamos reservado lo del cumple el dia 14 en casa con vosotros pero al final lo celebramos en el pueblo con la familia, ya no os necesitamos",
     F.one("cancelar", "more than 15 days before: deposit back in full; 15-7 days: half; less than 7 days: lost; do not claim the booking is cancelled, offer a person to do it"),
     "Saying the booking is now cancelled; the casa entry; a handover with no rule given"),
    (6, "si",
     "Ambiguous sí — acknowledge or ask what exactly they want (cancel? change date?); never claim the booking was cancelled",
     "Confirming a cancellation; a random FAQ answer"),
    (6, "y la señal me la devolveis entera? quedan 3 semanas",
     F.one("cancelar", "3 weeks is more than 15 days, so the full deposit is returned"),
     "Saying half or nothing is returned; the reserva entry (how much the deposit is)"),
    (6, "mira maño, que me llame alguien de la oficina un ratico y lo hablamos, que esto de escribir no es lo mio",
     "Request for a person (mild Aragonese: maño, ratico) — hand over / ask for a phone number",
     "An FAQ answer; not understanding the request"),
    # 7: greeting + question, follow-up, two questions
    (7, "hola! los sabados por la mañana tambien haceis cumples en el local?",
     "Small talk greeting (short) + " + F.one("horario", "yes, Saturdays 11:00-14:00 (and 17:00-20:00)"),
     "Weekday hours only; saying Saturdays are closed; the reserva entry"),
    (7, "y los mayores que hacemos, esperamos dentro o nos vamos a dar una vuleta?",
     F.one("padres", "parents can stay in the adults' area (free coffee); at least one adult of the organising family must stay the whole party"),
     "The edades entry (older children); saying all parents must leave"),
    (7, "genial. se aparca bien por ahi? y la señal se puede pagar por bizum?",
     F.both("local", "reserva",
        "weekdays zona azul until 20:00, free on Saturday afternoons and Sundays; deposit 50 €, the rest on the day in cash, card or Bizum"),
     "Only one half with no pointer to the other; saying Bizum is not accepted"),
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", ROWS))
