"""Spanish (Andalusian, Sevilla): Tapicería El Altozano, an upholstery workshop in Triana."""
from common_es_nl_pt import (faq_entry, Refs, write_all, IF_CHOICES, IF_CHOICES_OR_ANSWER,
                             AFTER_HANDOVER)

WA = "654 21 87 30"

FAQ = [
    faq_entry("¿Cómo pido un presupuesto?",
              f"Mándanos 2 o 3 fotos del mueble y sus medidas por WhatsApp al {WA}, o tráelo al taller. El presupuesto "
              "es gratis y te lo damos en 48 horas laborables. Si prefieres que vayamos a verlo a casa, la visita en "
              "Sevilla capital cuesta 15 € y se descuenta si aceptas el presupuesto.",
              "presupuestos", ["presupuesto", "precio orientativo", "fotos", "visita", "valoración"],
              ["me podéis dar un presupuesto", "cómo sé lo que me va a costar",
               "puedo mandar fotos para que me digáis precio"]),
    faq_entry("¿Cuánto cuesta retapizar un sofá?",
              "Mano de obra: sofá de 2 plazas desde 280 €, de 3 plazas desde 360 €, chaise longue desde 450 € y "
              "sillón o butaca desde 160 €. La tela va aparte (desde 18 € el metro); un sofá de 3 plazas necesita "
              "unos 8-10 metros. El precio final depende del estado del relleno y te lo confirmamos en el presupuesto.",
              "precios", ["retapizar sofá", "precio sofá", "tapizar sofá", "sillón", "butaca", "chaise longue"],
              ["cuánto sale tapizar un sofá de tres plazas", "precio de retapizar un sillón",
               "cuánto me cobráis por el sofá"]),
    faq_entry("¿Cuánto cuesta tapizar una silla?",
              "Solo el asiento: 35 € por silla; asiento y respaldo: 55 €; silla con capitoné: 75 €. Con una tela de "
              "nuestra gama básica (12 colores) el precio ya incluye la tela; con otras telas se suma el metraje "
              "(unos 0,5 m por silla).",
              "precios", ["silla", "sillas de comedor", "asiento", "respaldo", "taburete"],
              ["precio por tapizar sillas", "cuánto cuesta el asiento de una silla", "tapizar sillas de comedor"]),
    faq_entry("¿Cuánto tarda el trabajo?",
              "Sillas y cojines: 1 semana. Sofás y sillones: de 2 a 3 semanas desde que llega la tela (la tela tarda "
              "de 3 a 7 días en llegar). En julio y en diciembre el plazo puede subir a 4 semanas. Te avisamos por "
              "WhatsApp el día que esté listo.",
              "plazos", ["plazo", "tarda", "cuánto tiempo", "semanas", "cuándo está listo"],
              ["cuánto tardáis en tapizar", "para cuándo estaría", "tiempo de entrega"]),
    faq_entry("¿Recogéis y entregáis los muebles a domicilio?",
              "Sí. Recogida y entrega (ida y vuelta) en Sevilla capital: 30 € por sofá o sillón y 10 € por lote de "
              "sillas. En el área metropolitana (Dos Hermanas, Mairena del Aljarafe, Camas, Tomares, San Juan de "
              "Aznalfarache): 45 € por sofá. Si hay que subir más de 2 pisos sin ascensor se suman 20 €.",
              "transporte", ["recogida", "entrega", "domicilio", "transporte", "portes"],
              ["venís a por el sofá a casa", "me lo traéis a casa cuando esté",
               "cuánto cobráis por recoger el mueble"]),
    faq_entry("¿Puedo traer mi propia tela?",
              "Sí. En ese caso solo cobramos la mano de obra. La tela tiene que ser de tapicería (mínimo 20.000 ciclos "
              "Martindale, viene en la etiqueta del rollo) y te decimos los metros exactos antes de que la compres. "
              "Si la tela es fina o elástica no garantizamos el resultado.",
              "telas", ["tela propia", "traer tela", "mi tela", "tela comprada fuera"],
              ["si compro yo la tela", "puedo llevar una tela que tengo", "tengo tela de otra tienda"]),
    faq_entry("¿Qué telas tenéis?",
              "Tenemos un muestrario de más de 300 telas: antimanchas, chenilla, terciopelo, polipiel, lino y telas "
              "de exterior, de 18 € a 65 € el metro. Puedes llevarte hasta 5 muestras a casa durante 3 días sin coste.",
              "telas", ["telas", "muestrario", "colores", "terciopelo", "antimanchas", "polipiel"],
              ["qué tejidos tenéis", "tenéis tela que aguante manchas", "puedo ver muestras"]),
    faq_entry("¿Cambiáis la espuma y los muelles?",
              "Sí. Espuma nueva de alta resiliencia (30 kg/m³) para asientos: 40 € por plaza. Revisamos y tensamos "
              "cinchas y muelles sin coste en cada retapizado. Si el armazón de madera o alguna pata está rota o "
              "floja, la reparamos en el taller desde 60 €.",
              "reparaciones", ["espuma", "muelles", "relleno", "cinchas", "armazón", "hundido"],
              ["el sofá está hundido", "cambiáis el relleno de los cojines", "se me ha roto la madera del sillón"]),
    faq_entry("¿Hacéis descuento por varias piezas?",
              "Sí: un 10 % en la mano de obra a partir de 6 sillas en el mismo encargo, o si retapizas sofá y "
              "sillones juntos. El descuento no se suma a otras ofertas.",
              "precios", ["descuento", "oferta", "varias piezas", "juego de sillas", "precio especial"],
              ["si tapizo todas las sillas me sale más barato", "descuento por juego completo",
               "hay alguna oferta"]),
    faq_entry("¿Cómo se paga y hay que dejar señal?",
              "Al aceptar el presupuesto se deja una señal del 30 % (Bizum, transferencia, efectivo o tarjeta en el "
              "taller) y el resto se paga al entregar el mueble. Siempre damos factura con IVA.",
              "pagos", ["pago", "señal", "bizum", "tarjeta", "factura", "adelanto"],
              ["se puede pagar con bizum", "cuánto hay que adelantar", "pago al recoger"]),
    faq_entry("¿Puedo cancelar un encargo?",
              "Sí. Es gratis si lo cancelas en las 48 horas siguientes a dejar la señal y todavía no hemos pedido la "
              "tela: te devolvemos la señal entera por el mismo medio de pago en un máximo de 5 días. Si la tela ya "
              "está pedida o cortada, la señal no se devuelve (cubre la tela, que es tuya y te la puedes llevar). "
              f"Para cancelar, escríbenos al WhatsApp {WA} con tu nombre y número de encargo.",
              "encargos", ["cancelar", "anular", "echarse atrás", "devolver señal"],
              ["quiero anular el encargo", "me devolvéis la señal si cancelo", "ya no quiero tapizar el sofá"]),
    faq_entry("¿Qué garantía tiene el tapizado?",
              "2 años de garantía en costuras, grapado y espuma nueva. No cubre el desgaste normal, las manchas, la "
              "decoloración por el sol ni los arañazos o roturas causados por mascotas. Para reclamar, manda fotos al "
              f"WhatsApp {WA} y lo revisamos en el taller sin coste en menos de una semana.",
              "garantía", ["garantía", "reclamación", "costura", "defecto", "se ha roto"],
              ["se ha descosido el sofá", "tiene garantía el trabajo", "el tapizado ha salido mal"]),
    faq_entry("¿Cuál es el horario del taller?",
              "De lunes a viernes de 9:00 a 14:00 y de 17:00 a 20:00; sábados de 10:00 a 13:30. Del 15 de junio al "
              "15 de septiembre abrimos solo de lunes a viernes de 8:00 a 15:00 (sin sábados). Cerramos la semana de "
              "la Feria de Abril y del 1 al 15 de agosto.",
              "taller", ["horario", "abrís", "hora", "cerrado", "sábado"],
              ["a qué hora abrís", "abrís por la tarde", "qué días está abierto el taller"]),
    faq_entry("¿Dónde está el taller y dónde aparco?",
              "Estamos en la calle Alfarería 112, en Triana (Sevilla). En la puerta hay zona de carga y descarga para "
              "dejar el mueble (15 minutos). Para aparcar más tiempo, el parking público de la calle Chapina está a 5 "
              "minutos andando.",
              "taller", ["dirección", "dónde estáis", "aparcar", "parking", "carga y descarga"],
              ["cuál es la dirección", "dónde dejo el coche", "cómo llego al taller"]),
    faq_entry("¿Hacéis cojines y fundas a medida?",
              "Sí. Cojines a medida desde 25 € la unidad (más la tela) y fundas desenfundables para sofá desde 220 € "
              "(más la tela). Para las fundas necesitamos ver el sofá o fotos con medidas. Plazo: unos 10 días.",
              "encargos", ["cojines", "fundas", "a medida", "desenfundable"],
              ["me hacéis unos cojines para el banco", "funda para el sofá", "cojines de encargo"]),
]
KEYS = ["presupuesto", "sofa", "silla", "plazo", "recogida", "tela_propia", "telas", "relleno", "descuento", "pago",
        "cancelar", "garantia", "horario", "direccion", "cojines"]
R = Refs(FAQ, KEYS)

PLAN = [
    # 1: greeting + question, two follow-ups that only make sense in context, thanks + goodbye
    [
        ("buenas!! cuanto me sale arreglar la tapiceria de un tresillo de 3 plazas q esta mu estropeao",
         R.faq("sofa", "3 plazas desde 360 € mano de obra, tela aparte desde 18 €/m, unos 8-10 m "
                      "(tresillo = sofá); a short hello back is fine"),
         "Only a greeting; the chair price; asking what a 'tresillo' is; a handover"),
        ("y er genero lo pongo yo o lo teneis vosotros",
         R.faq("tela_propia", "yes, bring your own and only labour is charged; must be upholstery fabric "
                              "(20.000 Martindale); they give the metres first ('género' = fabric)"),
         "Not understanding 'género'; only the fabric catalogue without saying own fabric is fine; a handover"),
        ("y a dos hermanas llegais?",
         R.faq("recogida", "yes, pick-up and delivery in the metropolitan area (Dos Hermanas) 45 € per sofa"),
         "The workshop address; 'not covered'; the Sevilla-capital price only (30 €)"),
        ("vale mi arma, muchas grasias, hasta luego!!",
         "Small talk: thanks + goodbye ('mi arma' = a friendly 'my dear') — short friendly goodbye",
         "Any FAQ answer or choices; a handover; treating 'mi arma' as a question about weapons"),
    ],
    # 2: vague -> question typed while choices show; vague -> typed rejection -> rephrasing
    [
        ("oye una cosa de las sillas",
         "Too vague to answer — choices such as chair price / discount / time, or a clarifying question",
         "Picking one entry as if it were clear; a handover"),
        ("son 6 del comedor, me hasen argo de rebaja si las hago toas?",
         IF_CHOICES + R.faq("descuento", "yes, 10 % off the labour from 6 chairs in the same order"),
         "Ignoring the typed text and repeating the choices; only the per-chair price without the discount"),
        ("tengo otra duda con una de ellas",
         "Too vague to answer — a clarifying question or choices about chairs",
         "Repeating the discount answer; a handover"),
        ("no quillo no va por ahi",
         IF_CHOICES_OR_ANSWER + "Typed rejection — acknowledge, ask what the problem with the chair is (or offer "
                                "a person); no handover yet",
         "Showing the same choices again; repeating the previous answer; handing over straight away"),
        ("q una cojea, tiene una pata suelta, eso me lo apañais?",
         R.faq("relleno", "yes, a broken or loose frame/leg is repaired in the workshop from 60 €"),
         "The chair upholstery price; the guarantee; 'not covered' ('apañar' = fix, 'cojea' = wobbles)"),
    ],
    # 3: answer, push-back twice in a row -> handover, then 'how long'
    [
        ("y q dias me voy a quedar sin sofa si os lo llevais?",
         R.faq("plazo", "sofas 2-3 weeks from when the fabric arrives (fabric takes 3-7 days), up to 4 weeks in "
                        "July and December"),
         "The pick-up/delivery price (the message mentions taking it away); opening hours"),
        ("3 semanas?? eso es una jartá, no me sirve",
         "Push-back (first time) — apologise, ask what date they need or offer a person ('una jartá' = a lot)",
         "Repeating the same time answer; an invented faster express service"),
        ("q no, q lo necesito pa antes de la comunion del niño, a ver si me lo arregla alguien",
         "Push-back (second time in a row) — hand over to a person now",
         "A third time the weeks answer; promising a date; more questions instead of a handover"),
        ("y cuanto va a tardar en contestarme alguien?",
         AFTER_HANDOVER + "Waiting — reassure that a person will answer; no invented wait time",
         "The FAQ 'how long does the work take' (same verb 'tardar'); a fixed number of minutes"),
    ],
    # 4: angry customer, the FAQ covers it; follow-up; angry request for a person in dialect
    [
        ("me disteis el sofa hace 4 meses y ya se le esta abriendo la costura der cojin, me da un coraje q no veas, "
         "vaya chapuza",
         R.faq("garantia", "apologise; 2-year guarantee on seams and foam; send photos to the WhatsApp, "
                           "checked in the workshop free within a week"),
         "Ignoring the anger; the cushion-making entry ('cojín'); a price for new upholstery; a handover "
         "without the guarantee facts"),
        ("y el gato le ha arañao un poco tb, eso entra?",
         R.faq("garantia", "no, scratches or damage from pets are not covered"),
         "Saying pet damage is covered; the fabrics catalogue; 'not covered by the FAQ'"),
        ("mira dejate ya de maquinitas y pasame con el encargao",
         "Request for a person (angry, 'encargao' = the manager) — hand over",
         "Another FAQ answer; asking them to calm down without handing over"),
    ],
    # 5: unrelated, near-trade not offered, bot?, callback with number, waiting
    [
        ("sabeis si er betis juega el domingo?",
         "Not covered by the FAQ (football) — short honest 'can't help with that here'",
         "Opening hours because of 'domingo'; any FAQ entry"),
        ("y cortinas hacéis? pa el salon, a medida",
         "Not covered by the FAQ (curtains are not offered) — say so, offer a person",
         "The cushions and covers to measure entry; the fabrics catalogue; saying yes"),
        ("oye tu eres una persona o una maquinita?",
         "Small talk: says honestly it is an automated assistant and can pass them to a person",
         "Claiming to be a person; an FAQ answer; an immediate handover"),
        ("pues q me llame alguien der taller al 612 48 93 07 por la tarde",
         "Request for a person (callback, number 612 48 93 07, afternoon) — hand over / note the callback",
         "Ignoring the number; the opening hours; the quote entry because of the WhatsApp number"),
        ("holaaa?? hay alguien",
         AFTER_HANDOVER + "Waiting — reassure that someone will answer; no FAQ answer",
         "Restarting with a greeting menu; an invented wait time"),
    ],
    # 6: cancel = an order; ambiguous yes; follow-up about the money
    [
        ("quiero cancelar lo del sillon q deje la señal el lunes",
         R.faq("cancelar", "free within 48 h of the deposit if the fabric is not ordered yet, deposit back in max "
                           "5 days; if the fabric is ordered the deposit is kept; write to the WhatsApp with name "
                           "and order number"),
         "Saying the order is cancelled; cancelling the chat; the armchair price"),
        ("si",
         "Ambiguous si — acknowledge or ask what they mean / how to proceed; never claim the order was cancelled",
         "'Your order has been cancelled'; repeating the whole cancel answer as if confirmed"),
        ("y la pasta cuando la veo otra vez?",
         R.faq("cancelar", "the deposit comes back by the same payment method within 5 days (only if cancelled in "
                           "time) ('la pasta' = the money)"),
         "The payment-methods entry; 'not covered'; promising a refund without the conditions"),
    ],
    # 7: two questions in one; follow-up; direct request for a person
    [
        ("a q hora abris los sabados? y donde se aparca por ahi q triana es un lio",
         R.both("horario", "direccion", "Saturdays 10:00-13:30 (not mid-June to mid-September); loading bay at "
                                        "the door 15 min, public parking calle Chapina 5 min walk"),
         "Only one of the two without pointing to the other; pick-up and delivery"),
        ("y en feria?",
         R.faq("horario", "closed the week of the Feria de Abril"),
         "'Too vague'; 'not covered'; the normal hours without saying it is closed"),
        ("ponme con alguien del taller porfa",
         "Request for a person (direct) — hand over",
         "The workshop address; another FAQ answer"),
    ],
]

if __name__ == "__main__":
    write_all("es", FAQ, PLAN)
