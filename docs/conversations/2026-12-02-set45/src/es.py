"""es: Pastas Frescas Nonna Pina (made up), a fresh-pasta shop with delivery in La Blanqueada, Montevideo, Uruguay;
the owner writes standard Uruguayan Spanish, customers write everyday Uruguayan Spanish with voseo (bo, ta, de más,
sos un crack, che, capaz, nabo, gurisa, gurises, botija, una pila, embole, cualquier cosa, al firo, re, un pomo, guita,
motoquero, engrudo, mi vieja). The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECIOS = "¿Qué pastas hacen y cuánto cuestan?"
Q_SALSAS = "¿Venden salsas y queso rallado?"
Q_HORARIO = "¿Dónde está el local y qué horario tienen?"
Q_ENCARGO = "¿Cómo hago un encargo?"
Q_ENVIOS = "¿Hacen envíos a domicilio?"
Q_GLUTEN = "¿Tienen pastas sin gluten?"
Q_CANTIDAD = "¿Cuánta pasta tengo que calcular por persona?"
Q_CONSERVAR = "¿Cómo se conserva la pasta fresca y se puede congelar?"
Q_COCCION = "¿Cuánto tiempo hay que cocinar cada pasta?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_FIESTAS = "¿Toman encargos para Navidad y Fin de Año?"
Q_CANCELAR = "¿Puedo cancelar o cambiar un encargo?"
Q_RECLAMO = "¿Qué hago si mi pedido llegó mal o incompleto?"
Q_INGREDIENTES = "¿Qué ingredientes llevan las pastas?"
Q_TALLER = "¿Dan talleres de pasta?"

FAQ = [
    (Q_PRECIOS,
     "Tallarines (al huevo o de espinaca) $ 290 el kilo; ñoquis de papa $ 320 el kilo; ravioles (verdura, ricota y "
     "nuez, o carne y verdura) $ 390 la plancha de 48; sorrentinos de jamón y queso $ 360 la docena; capeletis de pollo "
     "$ 420 el kilo; lasaña congelada para 4 personas $ 690. Las salsas se venden aparte.",
     "productos", ["precio", "tallarines", "ravioles", "sorrentinos", "ñoquis", "capeletis"],
     ["cuánto sale el kilo de tallarines", "qué precio tienen los ravioles", "qué variedades de pasta tienen"]),
    (Q_SALSAS,
     "Sí, todas caseras y en envase de 500 ml: pomodoro $ 180, bolognesa $ 290, caruso (crema, jamón, champiñones y "
     "queso) $ 260, cuatro quesos $ 280; pesto en frasco de 200 g $ 230. Queso rallado de la casa, 200 g $ 210. Un envase "
     "de 500 ml alcanza para 3 o 4 porciones.",
     "productos", ["salsa", "caruso", "pomodoro", "bolognesa", "queso rallado"],
     ["tienen salsa caruso", "la salsa viene incluida", "venden queso para rallar"]),
    (Q_HORARIO,
     "Av. 8 de Octubre 2741, La Blanqueada, Montevideo (a 2 cuadras de Propios). Martes a sábado de 9:00 a 13:00 y de "
     "16:30 a 20:00; domingos de 8:30 a 13:30; lunes cerrado. El 25 de diciembre y el 1 de enero está cerrado. Teléfono "
     "2487 3310, WhatsApp 099 418 227.",
     "local", ["dirección", "horario", "abren", "domingo", "local"],
     ["a qué hora abren el domingo", "dónde quedan", "abren los lunes"]),
    (Q_ENCARGO,
     "Por WhatsApp al 099 418 227 o en el local, con nombre, día y hora de retiro. Para el domingo se encarga hasta el "
     "sábado a las 18:00; para el resto de los días, con 24 horas de anticipación. Los encargos de más de $ 3.000 llevan "
     "una seña del 30 % por transferencia. El encargo se guarda hasta 1 hora antes del cierre del día de retiro.",
     "encargos", ["encargo", "reservar", "pedido", "anticipación", "seña"],
     ["quiero reservar ravioles para el domingo", "hasta cuándo puedo encargar", "me guardan un pedido"]),
    (Q_ENVIOS,
     "Sí, de martes a domingo de 11:00 a 13:00 y de martes a sábado también de 19:00 a 21:00. La Blanqueada, Parque "
     "Batlle, Tres Cruces, Cordón, Pocitos, Buceo y Malvín: $ 120, gratis desde $ 1.500. Resto de Montevideo: $ 220. No "
     "enviamos a Canelones ni a Ciudad de la Costa. Pedido mínimo $ 600, por WhatsApp hasta 1 hora antes de la franja.",
     "envíos", ["envío", "delivery", "domicilio", "zona", "costo de envío"],
     ["mandan a Pocitos", "cuánto cobran el delivery", "hacen envíos el domingo"]),
    (Q_GLUTEN,
     "Sí: tallarines y ñoquis sin gluten (harina de arroz y fécula de papa), $ 380 el kilo, y ravioles de ricota sin "
     "gluten, $ 450 la plancha de 24. Se elaboran los martes y jueves en una mesa aparte y se envasan cerrados; conviene "
     "encargarlos con 24 horas. Usamos harina de trigo en la misma cocina, así que no podemos garantizar que no haya "
     "trazas.",
     "productos", ["sin gluten", "celíaco", "celíaca", "sin TACC", "harina de arroz"],
     ["tienen algo para celíacos", "hacen ñoquis sin gluten", "es apto celíaco"]),
    (Q_CANTIDAD,
     "Tallarines o ñoquis: 150 g por adulto y 100 g por niño. Ravioles: media plancha (24) por adulto. Sorrentinos: 6 "
     "por adulto. Capeletis: 180 g por adulto. Un envase de salsa de 500 ml rinde para 3 o 4 personas.",
     "productos", ["cantidad", "por persona", "gramos", "porción", "rinde"],
     ["cuántos ravioles por persona", "cuánto compro para 10", "cuántos gramos por plato"]),
    (Q_CONSERVAR,
     "En la heladera (0 a 4 °C): pastas simples 3 días, pastas rellenas 2 días. Para congelar, el mismo día de la compra, "
     "separadas en una bandeja con harina y después en bolsa: duran hasta 2 meses. Se cocinan sin descongelar, con 2 "
     "minutos más de cocción.",
     "productos", ["conservar", "congelar", "heladera", "freezer", "vencimiento"],
     ["se pueden congelar los ravioles", "cuánto duran en la heladera", "cómo guardo la pasta"]),
    (Q_COCCION,
     "En abundante agua hirviendo con sal (1 litro cada 100 g): tallarines 3 minutos; ñoquis hasta que suben y 1 minuto "
     "más; ravioles 4 a 5 minutos; sorrentinos 6 a 7 minutos; capeletis 5 minutos. Las rellenas, con hervor suave para "
     "que no se abran. Congeladas: 2 minutos más.",
     "productos", ["cocción", "cocinar", "minutos", "hervir"],
     ["cuánto se hierven los ñoquis", "cómo cocino los sorrentinos", "cuántos minutos los ravioles"]),
    (Q_PAGO,
     "Efectivo, tarjetas de débito y crédito (Visa, Master, OCA), tarjetas de alimentación (Edenred y Sodexo), "
     "Mercado Pago con QR y transferencia al BROU. En los envíos se paga al recibir, con efectivo o POS. Las señas de "
     "encargos de más de $ 3.000 (30 %) se pagan por transferencia. Hacemos factura con RUT.",
     "pagos", ["pago", "tarjeta", "efectivo", "transferencia", "Mercado Pago"],
     ["aceptan tarjeta de alimentación", "se puede pagar con QR", "pago cuando me llega"]),
    (Q_FIESTAS,
     "Sí. Los encargos para Navidad y Fin de Año se toman hasta el sábado 19 de diciembre, con seña del 50 %. Se retiran "
     "en el local el 23 y 24 y el 30 y 31 de diciembre, de 8:00 a 15:00; esos días no hay envíos. El 25 de diciembre y "
     "el 1 de enero está cerrado. Para las fiestas hay además ravioles de cordero, $ 480 la plancha de 48.",
     "encargos", ["Navidad", "Fin de Año", "fiestas", "Nochebuena", "diciembre"],
     ["hasta cuándo encargo para Navidad", "abren el 24", "mandan el 31"]),
    (Q_CANCELAR,
     "Sí, sin costo hasta 24 horas antes del retiro o del envío, por WhatsApp al 099 418 227 con el nombre del encargo. "
     "La seña se devuelve por transferencia en 2 días hábiles o queda a favor para otra compra durante 60 días. Con menos "
     "de 24 horas la seña no se devuelve, pero queda a favor 30 días. Los encargos de Navidad y Fin de Año no se cancelan "
     "después del 20 de diciembre.",
     "encargos", ["cancelar", "anular", "cambiar encargo", "seña", "devolución"],
     ["quiero anular mi pedido", "me devuelven la seña", "puedo pasarlo para otro día"]),
    (Q_RECLAMO,
     "Avísenos el mismo día por WhatsApp al 099 418 227 con una foto del producto y el nombre del pedido. Reponemos lo "
     "que faltó o llegó en mal estado sin costo, con envío gratis en la siguiente franja, o le devolvemos ese importe por "
     "transferencia en 2 días hábiles. Si el envío llega más de 45 minutos tarde, el costo de envío se devuelve.",
     "envíos", ["reclamo", "falta", "incompleto", "mal estado", "reposición"],
     ["me faltó una salsa", "los ravioles llegaron rotos", "quiero hacer un reclamo"]),
    (Q_INGREDIENTES,
     "Harina 000, huevo de granja y sal; los tallarines verdes llevan espinaca. Rellenos: verdura (acelga, ricota, "
     "queso), ricota y nuez (lleva nueces), carne y verdura, jamón y queso. Sin huevo: los tallarines de sémola ($ 300 el "
     "kilo) y los ravioles veganos de calabaza ($ 420 la plancha de 48). Todas contienen gluten; los rellenos llevan "
     "lácteos salvo los veganos.",
     "productos", ["ingredientes", "huevo", "alérgenos", "vegano", "nuez"],
     ["tienen pasta sin huevo", "qué lleva el relleno", "tienen algo vegano"]),
    (Q_TALLER,
     "Sí, los lunes de 19:00 a 22:00 (el local cerrado al público), para un máximo de 8 personas: se aprende a hacer "
     "tallarines, ravioles y ñoquis. Cuesta $ 1.900 por persona e incluye delantal, una copa de vino y 1 kg de lo que "
     "cada uno hizo para llevar. Se reserva por WhatsApp con pago anticipado; también hay vales de regalo.",
     "talleres", ["taller", "clase", "curso", "aprender", "cocinar"],
     ["dan clases de cocina", "cuánto sale el taller", "quiero aprender a hacer ravioles"]),
]

PLAN = [
    [  # 1
        ("buen día!! el domingo vienen mis suegros y somos 9 en total, a cuánto tienen los sorrentinos? y me los "
         "mandan a Malvín o tengo que ir yo a buscarlos?",
         "Small talk greeting + " + both(Q_PRECIOS, Q_ENVIOS) + " — sorrentinos $ 360 a dozen; Malvín is in the $ 120 "
         "zone, free from $ 1.500; on Sunday deliveries only 11:00-13:00; order by WhatsApp at least 1 hour before.",
         "Only one half without pointing to the other; the $ 220 rate; an evening delivery on Sunday; an invented price."),
        ("y cuántos pido para que nadie quede con hambre?",
         faq(Q_CANTIDAD) + " — 6 sorrentinos per adult: for 9 adults 54, that is 4 dozen and a half (about $ 1.620 at "
         "$ 360 a dozen, so delivery would be free).",
         "The prices entry alone without the portion; 150 g per person as if sorrentinos were sold by weight; the "
         "delivery entry again."),
        ("ta. y la salsa viene con eso o es aparte? tienen caruso?",
         faq(Q_SALSAS) + " — sauces are sold separately; caruso (cream, ham, mushrooms, cheese) $ 260 for 500 ml, which "
         "serves 3 or 4, so about 3 tubs for 9. (`ta` = OK.)",
         "'The sauce is included'; the ingredients entry; only listing sauces without the caruso price."),
        ("de más bo, sos un crack. gracias! nos vemos el domingo, chau",
         "Small talk: acknowledgement + thanks + goodbye (`de más` = great, `bo` = hey, `sos un crack` = you're great, "
         "`chau` = bye) — short friendly close.",
         "The opening hours for `el domingo`; a long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hola, consulta rapidita",
         "Too vague to answer — choices (prices, orders, delivery...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("mi gurisa no puede ni ver el trigo, la cebada y todo eso, se hincha toda. el viernes cumple 15 y quiero "
         "hacerle algo rico, ustedes hacen algo pa ella?",
         TYPE + faq(Q_GLUTEN) + " — gluten-free tallarines and ñoquis $ 380 a kilo, gluten-free ricotta ravioli $ 450 "
         "for 24; made on Tuesdays and Thursdays on a separate table, packed closed, best ordered 24 h ahead; traces "
         "cannot be ruled out because wheat flour is used in the same kitchen. (`gurisa` = girl, daughter.)",
         "Tapping a choice; 'all our pasta is safe for coeliacs'; the ingredients entry only ('all contain gluten') "
         "without the gluten-free range; the workshop."),
        ("y cuantos minutos los hiervo? no quiero que se me hagan papilla",
         faq(Q_COCCION) + " — plenty of salted boiling water; tallarines 3 minutes, ñoquis until they rise plus 1 "
         "minute, filled ravioli 4-5 minutes on a gentle boil; 2 minutes more if frozen.",
         "The storage entry; the gluten-free entry again; inventing different times."),
        ("che pero vos sos una persona o es una máquina la que me contesta? capaz es una pregunta medio nabo jaja",
         "Small talk: are you a bot (`che`, `vos sos` = are you, `capaz` = maybe, `nabo` = silly) — honest: an "
         "automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("buenas, ayer compré en el local",
         "Too vague to answer — choices (storage, cooking, complaint...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("ninguna de esas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("me llevé dos planchas de ravioles de verdura pa hoy pero al final salimos a comer afuera. me duran hasta el "
         "jueves o qué hago con ellos?",
         faq(Q_CONSERVAR) + " — filled pasta keeps 2 days in the fridge, so not until Thursday; freeze it the same day "
         "(on a floured tray, then in a bag), up to 2 months, cook from frozen with 2 minutes more.",
         "'They keep 3 days' (that is plain pasta); the cancelling or complaint entry; the cooking entry alone."),
        ("ustedes venden también la maquinita de hacer pasta, la de manivela? es pa regalarle a mi vieja",
         "Not covered (near the trade: selling pasta machines, not offered) — says so honestly, may offer a person; no "
         "price. (Mentioning the workshop or its gift vouchers as an alternative is a plus.) (`mi vieja` = my mum.)",
         "Inventing a machine or price; the workshop as if it were the machine; the prices entry."),
    ],
    [  # 4
        ("los de ricota y nuez llevan huevo? y se puede pagar con la tarjeta de alimentación o solo efectivo?",
         both(Q_INGREDIENTES, Q_PAGO) + " — yes, all the pasta dough has farm eggs (egg-free: semolina tallarines and "
         "vegan pumpkin ravioli); the ricotta-and-walnut filling has walnuts; meal cards (Edenred, Sodexo) are "
         "accepted, as well as cash, cards, Mercado Pago QR and transfer.",
         "Only one half without pointing to the other; 'no eggs'; 'cash only'."),
        ("no, pará, no era eso. quiero regalarle a mi novio una noche distinta, meter las manos en la masa con ustedes "
         "y después llevarnos lo que hicimos. cuánto sale para dos y qué día es?",
         "Acknowledges the push-back + " + faq(Q_TALLER) + " — Mondays 19:00-22:00, at most 8 people, $ 1.900 each, so "
         "$ 3.800 for two; apron, a glass of wine and 1 kg of what each made to take home; booked by WhatsApp, paid in "
         "advance; gift vouchers exist (a plus for a present).",
         "Repeating the ingredients/payment answer; the prices entry; 'we don't give classes'."),
        ("otra vez cualquier cosa!! no me estás entendiendo nada, esto es un embole. quiero hablar con una persona del "
         "local, al firo",
         "Push-back (second time in a row) + request for a person (annoyed; `cualquier cosa` = nonsense, `embole` = a "
         "drag, `al firo` = right away) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("y? me contestan o qué",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("UNA VERGÜENZA. pagué 1.400 pesos de ñoquis con delivery, el motoquero apareció una hora tarde, la bolsa vino "
         "abierta y los ñoquis eran todos un engrudo pegoteado. y encima me cobraron una bolognesa que ni vino!!! quién "
         "me devuelve la guita??",
         faq(Q_RECLAMO) + " — calm, apologises: send a photo and the order name by WhatsApp the same day; the spoiled "
         "ñoquis and the missing sauce are replaced free with free delivery in the next slot, or refunded by transfer in "
         "2 working days; more than 45 minutes late, the delivery fee is refunded too. (`motoquero` = delivery rider, "
         "`engrudo` = mush, `guita` = money.)",
         "Cold rule ignoring the anger; promising a full refund of everything outright; the cooking entry; the delivery "
         "zones entry."),
        ("che, sabés si el sábado hay feria en Tristán Narvaja?",
         "Not covered (unrelated: a street market in another part of town) — says it cannot help with that, no FAQ "
         "answer. (`sabés` = do you know.)",
         "Inventing the market's days or hours; the shop's own Saturday hours as if they were the market's."),
        ("que me llame la encargada al 098 537 614 mañana de mañana, antes de las 11 si puede",
         "Hands over / passes on a callback request to 098 537 614 tomorrow morning before 11:00; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's phone; an FAQ answer."),
        ("y eso más o menos para cuándo sería?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery slots or the 2 working days of the refund; promising an exact time."),
    ],
    [  # 6
        ("hola, les encargué 8 kilos de tallarines y 6 bolognesas para el sábado al mediodía, era para el cumple de mi "
         "padre, pero lo internaron anoche y se suspende todo, no va a haber festejo",
         faq(Q_CANCELAR) + " — free until 24 hours before the pick-up (Saturday 5 December, still more than 24 h ahead "
         "when written) by WhatsApp 099 418 227 with the order name; the 30 % deposit (the order is over $ 3.000) comes back by "
         "transfer in 2 working days or stays as credit for 60 days. Kind words about the father are a plus. Must not claim the order "
         "is cancelled.",
         "Claiming it is cancelled now; 'the deposit is lost'; the ordering entry; the Christmas rule."),
        ("ah bueno, ta",
         "Ambiguous yes — asks whether to cancel (or move) the order, or explains the next step; must not claim anything "
         "is cancelled or moved.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("y la plata que les transferí por adelantado la recupero o ya fue?",
         faq(Q_CANCELAR) + " — with more than 24 hours' notice the deposit is refunded by transfer within 2 working "
         "days, or kept as credit for 60 days; only with less than 24 hours is it kept (as credit for 30 days). (`ya "
         "fue` = it's gone.)",
         "The payment entry (transfers to BROU) as the answer; 'deposits are never refunded'."),
        ("bo, estoy re perdido con todo esto, no entiendo un pomo. me pasás con alguien de carne y hueso? gracias",
         "Hands over to a person (`re perdido` = totally lost, `no entiendo un pomo` = I don't understand a thing, `de "
         "carne y hueso` = a real person) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("buenas noches! a qué hora cierran los domingos? y si quiero que me tengan pronto el pedido cuando llego, "
         "cómo hago?",
         "Small talk greeting + " + both(Q_HORARIO, Q_ENCARGO) + " — Sundays 8:30-13:30; orders by WhatsApp 099 418 "
         "227 or in the shop with name and pick-up time, for Sunday until Saturday 18:00; a 30 % deposit above "
         "$ 3.000. (`pronto` = ready.)",
         "Only one half without pointing to the other; 'open Sunday afternoon'; the delivery entry."),
        ("y pal 24? somos una pila con los gurises y todo, hasta cuándo tengo tiempo de pedirles?",
         faq(Q_FIESTAS) + " — holiday orders until Saturday 19 December with a 50 % deposit; picked up on 23 or 24 "
         "December 8:00-15:00; lamb ravioli $ 480 for the season. (`una pila` = a lot of people, `gurises` = kids, "
         "`pal` = para el.)",
         "The ordinary 24-hour ordering rule; the portions entry alone; 'we don't take Christmas orders'."),
        ("ah y otra: me lo pueden mandar a casa ese día? y si sobran ravioles aguantan en el freezer hasta año nuevo?",
         both(Q_FIESTAS, Q_CONSERVAR) + " — no deliveries on 23/24 December, pick-up in the shop only; filled pasta "
         "frozen the same day keeps up to 2 months, so until New Year is fine; cook from frozen with 2 minutes more.",
         "Only one half without pointing to the other; offering a delivery on the 24th with the ordinary zones; '2 days "
         "only'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
