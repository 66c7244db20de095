"""es: Fisioterapia Indautxu, Bilbao (plain everyday Spain Spanish). Writes es-faq.csv, then es-plan.tsv."""
from common_b import q, both, write_faq, write_plan, CHOICES, REJECT, WAIT, AFTER

FAQ = [
    # 0
    ("¿Cuánto cuesta una sesión de fisioterapia?",
     "Una sesión de 45 minutos cuesta 40 €. La primera visita dura 60 minutos, incluye la valoración y el "
     "tratamiento y cuesta 50 €. La fisioterapia a domicilio tiene otro precio (60 €).",
     "precios", ["precio", "sesión", "tarifa", "primera visita", "cuánto cuesta"],
     ["cuánto vale la sesión", "precio de la fisioterapia", "cuánto cobráis por la primera visita"]),
    # 1
    ("¿Tenéis bonos de varias sesiones?",
     "Sí: el bono de 5 sesiones cuesta 180 € (36 € la sesión) y el de 10 sesiones 340 € (34 € la sesión). "
     "Los bonos son personales, caducan a los 6 meses de la compra y se pagan al comprarlos. No se devuelve el "
     "dinero de las sesiones no usadas.",
     "precios", ["bono", "bono de sesiones", "descuento", "varias sesiones", "caducidad"],
     ["hay bonos de 10 sesiones", "cuánto cuesta el bono de 10", "cuánto dura el bono"]),
    # 2
    ("¿Cuál es vuestro horario?",
     "De lunes a viernes de 8:00 a 21:00 sin cerrar a mediodía y los sábados de 9:00 a 14:00. Domingos y "
     "festivos cerrado. En agosto solo abrimos por las mañanas (8:00-15:00).",
     "clínica", ["horario", "abierto", "sábado", "hora de apertura", "festivos"],
     ["a qué hora abrís", "abrís los sábados", "hasta qué hora atendéis"]),
    # 3
    ("¿Cómo pido cita?",
     "Llamando al 944 21 37 58 (de lunes a viernes de 8:00 a 21:00), por WhatsApp al 644 318 902 o en la web "
     "fisioindautxu.es/cita las 24 horas. Muchas veces hay hueco el mismo día. Si el teléfono comunica, el "
     "WhatsApp se contesta en menos de una hora en horario de clínica.",
     "citas", ["cita", "reservar", "pedir hora", "WhatsApp", "teléfono"],
     ["quiero reservar una sesión", "cómo reservo hora", "tenéis hueco para hoy"]),
    # 4
    ("¿Cómo cancelo o cambio una cita?",
     "Por teléfono, por WhatsApp o desde el enlace del SMS de confirmación. Cancelar o cambiar la cita es "
     "gratis si avisas con al menos 24 horas. Con menos de 24 horas o si no vienes, se cobra la sesión (40 €) "
     "o se descuenta del bono. Si te hemos cobrado una cita anulada a tiempo, te devolvemos el importe.",
     "citas", ["cancelar", "anular", "cambiar cita", "aplazar", "no puedo ir"],
     ["quiero anular mi cita", "puedo cambiar la hora de mi sesión", "qué pasa si no voy a la cita"]),
    # 5
    ("¿Trabajáis con seguros médicos?",
     "Trabajamos con Sanitas, Adeslas, DKV y Mapfre: la sesión la paga el seguro con su autorización previa y "
     "el volante de tu médico, tú no pagas nada. Con otros seguros pagas la sesión y te damos la factura para "
     "que pidas el reembolso. Los accidentes de tráfico los cubre la aseguradora del vehículo.",
     "seguros", ["seguro", "mutua", "Sanitas", "Adeslas", "DKV", "autorización"],
     ["aceptáis mi seguro", "la sesión la paga la mutua", "estáis en el cuadro de Adeslas"]),
    # 6
    ("¿Necesito un volante o informe médico?",
     "No hace falta: puedes venir directamente sin que te mande el médico. Si tienes informes, radiografías o "
     "una resonancia, tráelos a la primera visita. Solo si la sesión la paga un seguro médico necesitas su "
     "volante o prescripción.",
     "citas", ["volante", "informe médico", "receta", "prescripción", "derivación"],
     ["me tiene que derivar el médico", "necesito receta para ir", "puedo ir sin informe"]),
    # 7
    ("¿Tratáis lesiones deportivas?",
     "Sí: esguinces, roturas fibrilares, tendinitis, sobrecargas y recuperación después de una operación. "
     "Hacemos la valoración en la primera visita (50 €) y, si hace falta, readaptación con ejercicios para volver "
     "a entrenar. En esguinces recientes conviene venir en los primeros días.",
     "tratamientos", ["lesión deportiva", "esguince", "rotura fibrilar", "tendinitis", "deporte"],
     ["me he lesionado entrenando", "tratáis roturas de fibras", "fisio deportivo"]),
    # 8
    ("¿Qué hacéis para el dolor de espalda?",
     "Tratamos lumbalgias, ciáticas, contracturas y dolor cervical con terapia manual y ejercicios adaptados. "
     "Normalmente se nota mejoría en 4 a 6 sesiones; en la primera visita te decimos cuántas calculamos para tu "
     "caso.",
     "tratamientos", ["espalda", "lumbalgia", "ciática", "cervicales", "contractura"],
     ["me duele la espalda", "tratáis la ciática", "cuántas sesiones para la lumbalgia"]),
    # 9
    ("¿Hacéis fisioterapia a domicilio?",
     "Sí, en Bilbao, Barakaldo y Getxo, de lunes a viernes de 10:00 a 18:00. La sesión a domicilio dura 50 "
     "minutos y cuesta 60 €. Hay que pedirla con 48 horas de antelación. Los bonos no valen para domicilio.",
     "tratamientos", ["domicilio", "a casa", "visita a domicilio", "desplazamiento", "movilidad reducida"],
     ["venís a casa", "fisio a domicilio precio", "mi madre no puede ir a la clínica"]),
    # 10
    ("¿Qué tengo que llevar a la sesión?",
     "Ropa cómoda: pantalón corto o mallas y, si es para la espalda, una camiseta de tirantes. Las toallas las "
     "ponemos nosotros. Trae tus informes o pruebas si los tienes y llega 5 minutos antes a la primera visita.",
     "citas", ["ropa", "llevar", "qué traer", "toalla", "preparar"],
     ["qué me pongo para ir", "tengo que llevar toalla", "qué necesito para la primera visita"]),
    # 11
    ("¿Tenéis clases de pilates?",
     "Sí, pilates terapéutico en grupos de máximo 5 personas, los martes y jueves a las 19:00 y los sábados a "
     "las 10:00. Cuesta 60 € al mes (8 clases) y la primera clase de prueba es gratis. Hay que reservar plaza.",
     "tratamientos", ["pilates", "clases", "grupo", "ejercicio", "suelo"],
     ["hacéis pilates", "clases en grupo", "cuánto cuesta el pilates"]),
    # 12
    ("¿Cómo se puede pagar?",
     "Con tarjeta, en efectivo o por Bizum, al terminar la sesión. Los bonos y las clases de pilates se pagan "
     "por adelantado. Si necesitas factura con tu nombre y DNI, pídela en recepción.",
     "precios", ["pagar", "tarjeta", "Bizum", "efectivo", "factura"],
     ["aceptáis tarjeta", "se puede pagar con Bizum", "me podéis hacer factura"]),
    # 13
    ("¿Dónde estáis y se puede aparcar?",
     "Estamos en la calle Licenciado Poza 31, bajo, en Bilbao, a 3 minutos de la parada de metro de Indautxu. "
     "No tenemos aparcamiento propio; el más cercano es el parking público de la plaza Indautxu (de pago). La "
     "clínica está a pie de calle, sin escaleras.",
     "clínica", ["dirección", "aparcar", "parking", "metro", "cómo llegar"],
     ["dónde está la clínica", "hay sitio para aparcar", "qué metro me deja cerca"]),
    # 14
    ("¿Tenéis tarjetas regalo?",
     "Sí, vales regalo desde 40 € (una sesión) o por el importe que quieras, también de un bono o de un mes de "
     "pilates. Valen 1 año y se compran en la clínica o por Bizum y te lo mandamos en PDF.",
     "precios", ["regalo", "vale regalo", "tarjeta regalo", "regalar", "cumpleaños"],
     ["quiero regalar una sesión", "hacéis vales", "regalo para mi madre"]),
]

NO_PERSON = "una derivación a una persona cuando el FAQ lo contesta"
PLAN = [
    # 1: greeting + two questions, short follow-up, ok/thanks/bye
    (1, "hola buenas! cuanto cuesta una sesion? y los sabados abris?",
     "Small talk: greeting + " + both(FAQ, 0, 2) + " — 40 € la sesión de 45 min (primera visita 50 €); sábados de 9:00 a 14:00.",
     "Contestar solo una de las dos preguntas sin mencionar la otra; opciones en lugar de respuesta; " + NO_PERSON),
    (1, "y si es la 1a vez?",
     q(FAQ, 0) + " — la primera visita dura 60 min y cuesta 50 € (valoración + tratamiento).",
     "Tomarlo como pregunta nueva sin contexto; opciones; hablar de pedir cita o de seguros"),
    (1, "vale perfecto, gracias. agur",
     "Small talk: acknowledgement + thanks + goodbye — despedida corta ('agur' = adiós en euskera, muy usado en Bilbao).",
     "Repetir el precio; una entrada del FAQ; ofrecer una persona"),
    # 2: vague opener, typed question while choices show, follow-up with two questions, bot?
    (2, "una duda con lo de pagar",
     "Too vague to answer — opciones (formas de pago, bonos, seguros) o una pregunta aclaratoria.",
     "Elegir una sola entrada como si fuera la respuesta segura; decir que no está cubierto; derivar a una persona"),
    (2, "si me cojo un paquete de diez me sale mas barato?",
     CHOICES + q(FAQ, 1) + " — sí: bono de 10 por 340 € (34 € la sesión frente a 40 €).",
     "Ignorar lo escrito y seguir con las opciones anteriores; contestar solo con formas de pago; el precio de una sesión suelta sin hablar del bono"),
    (2, "y eso caduca? se puede pagar por bizum?",
     both(FAQ, 1, 12) + " — el bono caduca a los 6 meses; sí, Bizum (el bono se paga al comprarlo).",
     "Responder solo a Bizum y olvidar la caducidad (o al revés); hablar de la caducidad de los vales regalo"),
    (2, "oye eres una persona o un robot? bueno da igual, teneis pilates? es para la espalda",
     "Small talk: are you a bot (decir con honestidad que es un asistente automático) + " + q(FAQ, 11)
     + " — sí, pilates terapéutico en grupos de 5, mar/jue 19:00 y sáb 10:00, 60 €/mes, primera clase gratis.",
     "Decir que es una persona; contestar solo al robot o solo al pilates; solo la entrada del dolor de espalda; derivar sin que lo pida"),
    # 3: vague, typed rejection, rephrasing, near-trade not covered
    (3, "me duele",
     "Too vague to answer — pregunta aclaratoria u opciones (espalda, lesiones deportivas, pedir cita).",
     "Un diagnóstico o consejo médico; elegir una entrada sin preguntar; derivar"),
    (3, "no es eso",
     REJECT + "Rejection — disculparse y pedir que lo explique con otras palabras (u ofrecer una persona); no repetir las mismas opciones.",
     "Repetir las mismas opciones o la misma respuesta; tomar 'no' como respuesta a otra cosa"),
    (3, "me torci el tobillo jugando a futbol el domingo y sigue hinchado, me lo podeis mirar?",
     q(FAQ, 7) + " — sí, esguinces; valoración en la primera visita (50 €), mejor venir pronto.",
     "La entrada del dolor de espalda; 'no está cubierto'; consejo médico inventado (hielo, reposo) en lugar del FAQ"),
    (3, "y plantillas para la pisada tambien haceis?",
     "Not covered by the FAQ (plantillas / estudio de la pisada, cosa de podólogo) — decir que no consta que lo hagan y ofrecer una persona.",
     "Decir que sí las hacen; la entrada de lesiones deportivas o de pilates como si respondiera"),
    # 4: two questions, push-back once, twice + angry + direct person, waiting
    (4, "me lo cubre la privada? y hace falta algun papel del de cabecera o puedo ir directamente?",
     both(FAQ, 5, 6) + " — Sanitas, Adeslas, DKV y Mapfre pagan la sesión con autorización y volante; otros seguros: factura para el reembolso; sin seguro no hace falta volante.",
     "Contestar solo una; pedir el nombre del seguro sin dar la lista; mezclar: decir que nunca hace falta volante (con el seguro sí)"),
    (4, "ya pero eso no es lo que te he preguntado. quiero saber si me lo paga todo adeslas o pago yo algo",
     "Push-back (first time) — disculparse; si puede, aclarar que con Adeslas el seguro paga la sesión y el cliente no paga nada; si no, preguntar qué falta u ofrecer una persona.",
     "Repetir la misma respuesta palabra por palabra; hablar de formas de pago o de bonos"),
    (4, "que no me entiendes!!! pasame con alguien de la clinica ya",
     "Push-back (second time in a row) + Request for a person (angry, direct) — disculparse y derivar ya a una persona.",
     "Otra respuesta del FAQ; preguntar otra vez qué quiere; no derivar"),
    (4, "hola?? hay alguien",
     WAIT + "Waiting — tranquilizar: la conversación está con una persona que contestará; sin respuesta del FAQ.",
     "Saludo como si la conversación empezara de cero; una entrada del FAQ; inventar un tiempo de espera"),
    # 5: angry but covered, unrelated, callback with number, how long
    (5, "llevo 30 min llamando y no lo coge nadie!!! asi como quereis que vaya? necesito que me vea alguien hoy",
     q(FAQ, 3) + " — disculparse; también por WhatsApp (644 318 902, contestan en menos de una hora) o en la web; muchas veces hay hueco el mismo día.",
     "Solo derivar a una persona sin dar las otras vías; el horario como única respuesta; ignorar el enfado"),
    (5, "por cierto sabeis a que hora juega el athletic el domingo?",
     "Not covered by the FAQ (fútbol, nada que ver con la clínica) — decirlo con naturalidad.",
     "Inventar una hora de partido; la entrada de lesiones deportivas o del horario"),
    (5, "bueno da igual, que me llame alguien al 655 204 917 para darme hora",
     "Request for a person (callback with a number) — derivar/tomar nota de la llamada; no hace falta repetir el FAQ.",
     "Solo repetir el teléfono y el WhatsApp de la clínica sin ofrecer la llamada; decir que no puede"),
    (5, "y cuanto vais a tardar?",
     AFTER + "Waiting — tranquilizar, sin inventar minutos; que una persona se pondrá en contacto.",
     "Dar el horario o el plazo de 48 h del domicilio; inventar un tiempo; respuesta del FAQ sobre cuánto dura una sesión"),
    # 6: cancel a booking, ambiguous yes, FAQ, dialect person
    (6, "el jueves no voy a poder ir, me ha salido un viaje de trabajo. como lo anulo?",
     q(FAQ, 4) + " — por teléfono, WhatsApp o enlace del SMS; gratis con 24 h de antelación. No decir que ya está anulada.",
     "Decir que la cita ha quedado anulada (el bot no puede); la entrada de pedir cita; no mencionar las 24 h"),
    (6, "si",
     "Ambiguous yes — preguntar a qué se refiere o recordar cómo anular; nunca confirmar una anulación.",
     "'Tu cita está cancelada'; empezar un tema nuevo; derivar sin motivo"),
    (6, "otra cosa, quiero regalarle a mi hermana unas sesiones por su cumple, se puede?",
     q(FAQ, 14) + " — vales regalo desde 40 € (o un bono), válidos 1 año, en la clínica o por Bizum en PDF.",
     "Solo la entrada de bonos sin hablar de vales regalo; 'no está cubierto'"),
    (6, "aupa, mejor pasame con alguien de ahi q esto de escribirle a una maquina no es lo mio",
     "Request for a person (dialect: 'aupa' = hola, muy usado en Bilbao) — derivar a una persona.",
     "Pedir que repita; una entrada del FAQ; ignorar la petición"),
    # 7: greeting + two questions, follow-up, two more FAQ turns
    (7, "buenas tardes. mi padre tiene 82 años y con la ciatica casi no sale de casa. podriais ir vosotros? y cuantas sesiones suele hacer falta?",
     "Small talk: greeting + " + both(FAQ, 9, 8) + " — sí, a domicilio en Bilbao, Barakaldo y Getxo (L-V 10-18 h); normalmente 4-6 sesiones.",
     "Contestar solo una; el precio de la clínica (40 €) como si fuera el del domicilio; derivar"),
    (7, "cuanto sale?",
     q(FAQ, 9) + " — 60 € la sesión a domicilio (50 min); pedirla con 48 h; los bonos no valen.",
     "Dar 40 € (precio en la clínica); el precio de los bonos; opciones sin contexto"),
    (7, "ok. y si un dia le llevo yo en coche, hay sitio para dejarlo cerca?",
     q(FAQ, 13) + " — no hay aparcamiento propio; parking público de la plaza Indautxu (de pago); sin escaleras.",
     "Decir que tienen parking; la entrada del domicilio otra vez"),
    (7, "y tiene que ir con algo especial puesto?",
     q(FAQ, 10) + " — ropa cómoda (pantalón corto o mallas), toallas las ponen ellos, traer informes.",
     "La entrada de pilates o de precios; 'no entiendo'"),
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
