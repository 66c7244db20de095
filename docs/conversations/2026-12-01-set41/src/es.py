"""es: Trasteros El Muelle (made up), self-storage units to rent in Sevilla, Spain; customers write Andalusian
Spanish of Seville (quillo, miarma, illo, er for el, ustedes for vosotros, dropped final s, arsa, una chispa,
coger = to take, currar = to work)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_TAMANOS = "¿Qué tamaños de trastero tienen y cuánto cuestan al mes?"
Q_HORARIO = "¿En qué horario puedo entrar a mi trastero?"
Q_CODIGO = "¿Cómo funcionan las llaves y el código de acceso?"
Q_SEGURO = "¿Está asegurado lo que guardo?"
Q_PROHIBIDO = "¿Qué cosas no se pueden guardar?"
Q_MINIMO = "¿Cuál es la estancia mínima?"
Q_FIANZA = "¿Hay que pagar fianza?"
Q_FURGO = "¿Tienen furgoneta para la mudanza?"
Q_BAJA = "¿Cómo doy de baja el trastero?"
Q_PAGO = "¿Cómo se paga el alquiler?"
Q_CONTRATAR = "¿Qué necesito para contratar un trastero?"
Q_UBICACION = "¿Dónde están y dónde se aparca para descargar?"
Q_CAMBIO = "¿Puedo cambiarme a un trastero más grande o más pequeño?"
Q_CLIMA = "¿Hay humedad o calor dentro de los trasteros?"
Q_EMBALAJE = "¿Venden cajas y material de embalaje?"

FAQ = [
    (Q_TAMANOS,
     "2 m² (cajas y trastos sueltos) 45 €/mes; 4 m² (un estudio: sofá, cama y unas 20 cajas) 69 €/mes; 6 m² (piso de "
     "1-2 dormitorios) 89 €/mes; 10 m² (piso de 3 dormitorios) 129 €/mes; 15 m² (casa entera o mercancía de negocio) "
     "175 €/mes. IVA incluido, altura 2,5 m en todos.",
     "precios", ["tamaño", "precio", "metros", "medidas", "mensual"],
     ["cuanto cuesta un trastero", "que medidas teneis", "precio del trastero de 6 metros"]),
    (Q_HORARIO,
     "Acceso a los trasteros todos los días del año de 6:00 a 23:00 con su código. La oficina abre de lunes a viernes "
     "de 9:00 a 14:00 y de 17:00 a 20:00 y los sábados de 10:00 a 14:00; domingos y festivos la oficina está cerrada "
     "(contratos, llaves y pagos solo en horario de oficina).",
     "acceso", ["horario", "acceso", "abren", "oficina", "domingo"],
     ["a que hora puedo ir", "abris los domingos", "horario de la oficina"]),
    (Q_CODIGO,
     "Cada cliente tiene un código personal de 6 cifras para la puerta y el ascensor; si lo olvida, llame al 954 318 627 "
     "(oficina) y se lo damos tras comprobar su DNI. El trastero se cierra con su propio candado (le vendemos uno por "
     "12 €); no guardamos copia. Si pierde la llave del candado, lo cortamos por 25 € en horario de oficina, solo con "
     "el titular y su DNI.",
     "acceso", ["código", "llave", "candado", "puerta", "clave"],
     ["he olvidado el codigo", "perdi la llave del candado", "como se abre la puerta"]),
    (Q_SEGURO,
     "Todos los trasteros llevan un seguro básico incluido que cubre hasta 3.000 € por incendio, daños por agua y robo "
     "con fuerza. Se puede ampliar a 10.000 € por 8 €/mes. No cubre dinero, joyas ni objetos mal guardados. Un daño se "
     "comunica en un máximo de 7 días con fotos en la oficina o al 954 318 627.",
     "seguro", ["seguro", "asegurado", "robo", "daños", "cobertura"],
     ["que pasa si me roban", "tiene seguro el trastero", "cubre el seguro si se moja"]),
    (Q_PROHIBIDO,
     "No se puede guardar: comida perecedera, animales, plantas, gasolina, bombonas de butano, pinturas o productos "
     "inflamables, armas, drogas ni residuos. Motos y coches solo en trasteros de 10 m² o más, con el depósito vacío y "
     "la batería desconectada. No se puede vivir ni trabajar dentro del trastero.",
     "normas", ["prohibido", "permitido", "inflamable", "normas", "guardar"],
     ["que no puedo meter", "se puede guardar comida", "esta permitido guardar pintura"]),
    (Q_MINIMO,
     "La estancia mínima es de 1 mes; después se paga mes a mes. Pagando 6 meses por adelantado hay un 10 % de "
     "descuento y 12 meses un 15 %. El primer mes se cobra desde el día de entrada hasta fin de mes.",
     "contrato", ["mínimo", "estancia", "meses", "descuento", "semanas"],
     ["cuanto tiempo minimo", "puedo alquilarlo solo unas semanas", "hay descuento por un año"]),
    (Q_FIANZA,
     "Sí, una fianza de un mes de alquiler (por ejemplo 89 € en el de 6 m²). Se devuelve por transferencia en un máximo "
     "de 15 días después de dejar el trastero vacío, limpio y sin candado.",
     "contrato", ["fianza", "depósito", "garantía", "devolución"],
     ["cuanto es la fianza", "me devuelven la fianza", "hay que dejar deposito"]),
    (Q_FURGO,
     "Al contratar, la furgoneta de 12 m³ es gratis 3 horas el día de entrada (carné B con 2 años de antigüedad). "
     "Otros días cuesta 15 €/hora o 59 €/día. Carros y carretillas en el centro son gratis. No ofrecemos mozos ni "
     "conductor.",
     "mudanza", ["furgoneta", "mudanza", "carro", "transporte"],
     ["me prestais una furgoneta", "cuanto cuesta la furgoneta", "teneis carros para llevar las cosas"]),
    (Q_BAJA,
     "Avise con 15 días de antelación por correo a bajas@trasteroselmuelle.es o en la oficina. Se cobra hasta el final "
     "de esos 15 días (la parte proporcional), no el mes entero. Deje el trastero vacío y limpio y quite su candado; "
     "los meses pagados por adelantado que no se usan no se devuelven.",
     "contrato", ["baja", "preaviso", "dejar", "rescindir"],
     ["quiero dejar el trastero", "como me doy de baja", "con cuanto tiempo tengo que avisar"]),
    (Q_PAGO,
     "El primer mes se paga en la oficina con tarjeta; después, recibo domiciliado el día 1 de cada mes. También Bizum "
     "al 622 418 905. Damos factura mensual a nombre de persona o empresa (con CIF). Un recibo devuelto tiene 10 € de "
     "recargo y con 60 días sin pagar se bloquea el acceso.",
     "pagos", ["pago", "recibo", "domiciliación", "Bizum", "factura"],
     ["como pago el trastero", "puedo pagar con bizum", "me haceis factura"]),
    (Q_CONTRATAR,
     "DNI o NIE en vigor (mayor de 18), un número de cuenta para el recibo y, si es empresa, el CIF. El contrato se "
     "firma en la oficina en su horario (15 minutos) y allí le damos el código. Puede reservar por la web gratis durante "
     "7 días.",
     "contrato", ["contratar", "contrato", "DNI", "reservar", "firmar"],
     ["que papeles necesito", "como alquilo un trastero", "puedo reservar uno"]),
    (Q_UBICACION,
     "Calle Metalurgia 22, Polígono Calonge, 41007 Sevilla, a 5 minutos de la SE-30. Hay muelle de carga cubierto con "
     "4 plazas para descargar (máximo 30 minutos) y aparcamiento gratis para clientes en la puerta.",
     "ubicación", ["dirección", "dónde", "aparcamiento", "muelle", "descargar"],
     ["donde estais", "hay sitio para aparcar", "como llego"]),
    (Q_CAMBIO,
     "Sí, sin coste (0 €), según disponibilidad: se firma un anexo en la oficina en 10 minutos y se ajusta la fianza a "
     "la nueva cuota. El mes del cambio se cobra la diferencia proporcional. Para el traslado interno le dejamos los carros.",
     "contrato", ["cambiar", "cambio", "grande", "pequeño", "ampliar"],
     ["me cambio a uno mas grande", "quiero uno mas pequeño", "puedo ampliar el trastero"]),
    (Q_CLIMA,
     "Los trasteros son interiores y ventilados, no climatizados: en verano dentro se está entre 26 y 30 °C y la "
     "humedad se controla con deshumidificadores. Recomendamos no apoyar nada en el suelo: palés de plástico a 3 € y "
     "fundas para colchón a 6 €. No recomendamos guardar velas, vinos caros ni fotografías sin caja.",
     "instalaciones", ["humedad", "calor", "temperatura", "climatizado", "verano"],
     ["hace mucho calor dentro", "se estropea la ropa con la humedad", "esta climatizado"]),
    (Q_EMBALAJE,
     "Sí, en la oficina: caja pequeña 1,80 €, mediana 2,50 €, grande 3,20 €; cinta 3 €, rollo de plástico de burbujas "
     "(10 m) 9 €, film 8 €, candado 12 €. Con 20 cajas o más, 10 % de descuento.",
     "material", ["cajas", "embalaje", "cinta", "burbujas", "plástico"],
     ["vendeis cajas", "necesito material para embalar", "teneis plastico de burbujas"]),
]

PLAN = [
    [  # 1
        ("buenas! mi madre va a hacer obra en su piso y hay que guardar un sofa, una cama y unas 20 cajas mas o menos, "
         "que tamaño me hace falta y cuanto sale al mes? y lo puedo tener solo 6 semanas o hay que coger mas tiempo?",
         "Small talk greeting + " + both(Q_TAMANOS, Q_MINIMO) + " — sofa + bed + ~20 boxes = the 4 m² unit, 69 €/month "
         "(VAT included); minimum stay 1 month then month by month, so 6 weeks is fine (first month from the day of "
         "entry to the end of the month).",
         "Only one half without pointing to the other; the 2 m² unit; 'minimum 3/6 months'; the 10 % discount as a "
         "must."),
        ("y pa llevarlo todo hasta alli me tengo que buscar yo un vehiculo o como va eso",
         faq(Q_FURGO) + " — the 12 m³ van is free for 3 hours on the day of entry (licence B, 2 years); other days 15 "
         "€/hour or 59 €/day; trolleys free.",
         "'You must hire a van elsewhere'; charging for the first day; the parking entry only."),
        ("vale y cuando lo saque too a los 2 meses me devuelven lo que deje al principio?",
         faq(Q_FIANZA) + " — the deposit (one month's rent, 69 € for the 4 m²) is refunded by transfer within 15 days "
         "after the unit is left empty, clean and without the padlock.",
         "The notice-period entry alone; 'the deposit is not refunded'; the prepayment discount."),
        ("ea pues perfecto miarma, muchisimas gracias, hasta luego!",
         "Small talk: acknowledgement + thanks + goodbye (`miarma` = my dear, Seville) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hola tengo una duda",
         "Too vague to answer — choices (sizes, access, keys...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("me he quedao en blanco con los numeros pa entrar y estoy aqui fuera con el coche cargao hasta arriba, "
         "como entro?",
         TYPE + faq(Q_CODIGO) + " — personal 6-digit code; if forgotten, call the office 954 318 627 and it is given "
         "after checking the ID. Today is Tuesday: the office is open 9-14 and 17-20 (if sent outside those hours the "
         "reply should not promise someone answers at once).",
         "Tapping a choice; inventing a master code; 'come back tomorrow' without the phone number; the opening-hours "
         "entry alone."),
        ("y si lo que he perdio tambien es la llave del candado?",
         faq(Q_CODIGO) + " — the shop keeps no copy; the padlock is cut for 25 € in office hours, only with the holder "
         "and ID; a new padlock is 12 €.",
         "'We have a spare key'; cutting it free; the insurance entry."),
        ("oye pero tu eres una maquina o hay alguien de verdad ahi?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("buenas tardes, es por un tema de mi trastero",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("no es nada de eso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("me voy a currar a malaga unos meses y quiero dejar alli mi vespino vieja, tengo el de 6 metros, la puedo "
         "meter o no?",
         faq(Q_PROHIBIDO) + " — motorbikes only in units of 10 m² or more (he has 6 m² → no, unless he changes to a 10 m² "
         "unit, 129 €/month), tank empty and battery disconnected. (`currar` = to work, `vespino` = an old moped.)",
         "'Yes, any vehicle'; 'vehicles are never allowed'; ignoring the 6 m² size."),
        ("y ustedes no tendran a alguien que me ayude a subir el armario? unos mozos o algo, que yo solo no puedo",
         "Not covered (near the trade: porters / a moving crew; the FAQ even says no porters or driver) — says so "
         "honestly, may mention the free trolleys, may offer a person.",
         "Inventing a porter service or price; the van entry as if it came with helpers."),
    ],
    [  # 4
        ("cuanto me cobran al mes por el de 6 metros y a que hora puedo ir el domingo?",
         both(Q_TAMANOS, Q_HORARIO) + " — 6 m²: 89 €/month; access every day 6:00-23:00 with the code, but the office "
         "is closed on Sundays.",
         "Only one half without pointing to the other; 'closed on Sundays' (access is open); the 4 m² price."),
        ("eso no es lo que te pregunto, yo todavia no tengo nada, quiero pasarme ese dia pa hacer los papeles y coger la llave",
         "Acknowledges the push-back + " + both(Q_CONTRATAR, Q_HORARIO) + " — contracts are signed only in office "
         "hours (Mon-Fri 9-14 and 17-20, Sat 10-14), NOT on Sunday; bring DNI/NIE and a bank account; he can reserve "
         "on the web for free for 7 days. (`coger` = to take/pick up.)",
         "Repeating the first answer unchanged; 'yes, come on Sunday'; the padlock entry."),
        ("que no me entiendes, pasame con una persona de verdad que llevo media hora con esto",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("hola?? hay alguien?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ESTO ES UNA VERGÜENZA!! abro el trastero y tengo lo colchone y las cajas de lo libros chorreando, ha entrao "
         "agua por el techo, quien me paga a mi esto???",
         faq(Q_SEGURO) + " — calm, apologises: the included basic insurance covers water damage up to 3.000 €; report "
         "it within 7 days with photos at the office or 954 318 627. Offering a person as well is fine. (Dropped "
         "final s: `lo colchone` = los colchones.)",
         "Cold answer ignoring the anger; 'not our problem'; the humidity/climate entry as the whole answer; promising "
         "a payment."),
        ("y otra cosa, sabe usted a que hora sale la cabalgata de reyes en sevilla el 5 de enero?",
         "Not covered (unrelated: the Three Kings parade) — says it cannot help with that, no FAQ answer.",
         "Inventing a time or route; the opening-hours entry."),
        ("mire, que me llame er encargado al 655 203 418 mañana por la mañana antes de las 11",
         "Hands over / passes on a callback request to 655 203 418 tomorrow (Wednesday) morning before 11:00; no FAQ "
         "answer. (`er` = el.)",
         "Ignoring the number or the time; only giving the office phone; an FAQ answer."),
        ("y eso cuanto tardan normalmente en llamar?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The opening-hours entry; promising an exact time."),
    ],
    [  # 6
        ("buenas, al final mi hijo se ha vuelto a vivir con nosotros y ya no nos hace falta el trastero, lo vaciamos "
         "este finde, que tengo que hacer?",
         faq(Q_BAJA) + " — give 15 days' notice by e-mail to bajas@trasteroselmuelle.es or at the office; charged "
         "only up to the end of those 15 days (pro rata); leave it empty and clean, remove the padlock. Must not claim "
         "the contract is ended.",
         "Claiming it is cancelled now; 'you pay the whole month'; the size-change entry."),
        ("ah vale si",
         "Ambiguous yes — asks what she wants (help to give notice? the deposit?) or explains the next step; must not "
         "claim anything is ended or refunded.",
         "Saying the contract is now ended or the money sent back; a random FAQ entry."),
        ("y el recibo de enero me lo van a pasar igual por el banco?",
         faq(Q_BAJA) + " — with notice given today (1 December) the charge runs only to about 16 December (pro rata), "
         "so no full January bill; the deposit comes back within 15 days after leaving it empty. The payment entry "
         "(direct debit on day 1) may be added.",
         "'Yes, January is charged in full'; only the Bizum number; 'not covered'."),
        ("quillo esto es mu lioso pa mi, ponme con arguien de la oficina que me lo explique, arsa",
         "Hands over to a person (`quillo` = mate, `mu lioso` = very confusing, `arguien` = alguien, `arsa` = come on) "
         "— short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the dialect."),
    ],
    [  # 7
        ("hola buenas tardes! tengo una tienda de ropa en triana y quiero guardar el genero de la otra temporada, "
         "donde estan exactamente y en verano eso ahi dentro no se pone a 50 grados? que la ropa se estropea",
         "Small talk greeting + " + both(Q_UBICACION, Q_CLIMA) + " — Calle Metalurgia 22, Polígono Calonge (5 min "
         "from the SE-30), loading bay 4 places 30 min, free parking; indoor, ventilated, NOT air-conditioned, 26-30 °C "
         "in summer, dehumidifiers; plastic pallets 3 €. (`genero` = stock.)",
         "Only one half without pointing to the other; 'air-conditioned'; inventing a temperature guarantee."),
        ("y las de carton grandes con tapa, las tienen ustedes alli o me las traigo yo?",
         faq(Q_EMBALAJE) + " — sold at the office: large 3,20 €, medium 2,50 €, small 1,80 €; 10 % off from 20 boxes.",
         "'Bring your own'; the size/price table of the units; 'not covered'."),
        ("perfecto. lo puedo pagar a nombre de la tienda con factura? y si en verano con las rebajas me hace falta una "
         "chispa mas de sitio me paso a uno mas grande sin perder lo pagao?",
         both(Q_PAGO, Q_CAMBIO) + " — monthly invoice in the company's name with CIF, direct debit on day 1 (first "
         "month by card, Bizum 622 418 905); moving to a bigger unit is free (subject to availability), the deposit is "
         "adjusted and the month is charged pro rata. (`una chispa` = a bit.)",
         "Only one half without pointing to the other; 'you lose what you paid'; a change fee."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
