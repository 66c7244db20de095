"""es: Seguros Rambla Corredores (made up), a car-insurance broker in Montevideo, Uruguay; customers write Rioplatense
Spanish with voseo and Uruguayan words (che, bo, ta, bárbaro, de más, cachila, afanar, gurí, pegarla, laburar, pila de,
ni ahí, re, de una, mi vieja, Floripa). The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_COTIZAR = "¿Cómo pido una cotización?"
Q_COBERTURAS = "¿Qué coberturas ofrecen y cuánto cuestan?"
Q_DEDUCIBLE = "¿Qué es el deducible y cuánto es?"
Q_CHOQUE = "¿Qué hago si tengo un choque?"
Q_ROBO = "¿Qué hago si me roban el auto?"
Q_AUXILIO = "¿Qué incluye el auxilio mecánico?"
Q_CUOTAS = "¿Puedo pagar el seguro en cuotas?"
Q_CAMBIO = "¿Qué hago si cambio de auto?"
Q_BAJA = "¿Cómo doy de baja la póliza?"
Q_CRISTALES = "¿Cubren la rotura de cristales?"
Q_CONDUCTOR = "¿Puede manejar mi auto otra persona?"
Q_EXTERIOR = "¿El seguro me cubre si viajo a Argentina o Brasil?"
Q_OFICINA = "¿Dónde está la oficina y qué horario tiene?"
Q_BONIF = "¿Tienen descuento por no tener siniestros?"
Q_SUSTITUTO = "¿Me dan un auto sustituto?"

FAQ = [
    (Q_COTIZAR,
     "Por WhatsApp al 099 274 613 o en la oficina. Envíenos marca, modelo y año del auto, el barrio donde duerme, la edad "
     "de quien más lo maneja y si lo usa para trabajar. En 24 horas hábiles le mandamos la comparación de 4 aseguradoras. "
     "La cotización es gratis, sin compromiso y vale 15 días.",
     "cotización", ["cotización", "presupuesto", "precio", "cotizar"],
     ["cuánto me sale asegurar mi auto", "me pasan un presupuesto", "quiero cotizar el seguro"]),
    (Q_COBERTURAS,
     "Tres niveles (precios anuales de referencia para un auto chico de 2015 en Montevideo): 1) Responsabilidad civil "
     "(daños a terceros, incluye el SOA obligatorio) desde $ 14.500; 2) Terceros completo (responsabilidad civil + robo e "
     "incendio total + auxilio mecánico) desde $ 26.000; 3) Todo riesgo (además daños propios, cristales y auto sustituto) "
     "desde $ 52.000, con deducible. El precio exacto depende del auto, el barrio y el conductor.",
     "coberturas", ["cobertura", "responsabilidad civil", "terceros", "todo riesgo", "precio"],
     ["qué tipos de seguro tienen", "cuánto sale el todo riesgo", "qué cubre el seguro contra terceros"]),
    (Q_DEDUCIBLE,
     "Es la parte del arreglo que paga usted cuando su seguro cubre los daños de su propio auto. En Todo riesgo es de "
     "$ 18.000 por siniestro (o $ 9.000 pagando un 12 % más de prima). No hay deducible en robo total, incendio ni en la "
     "primera rotura de cristales del año. Si el culpable es otro conductor asegurado, reclamamos a su compañía y usted no "
     "paga deducible.",
     "coberturas", ["deducible", "franquicia", "daños propios", "pagar"],
     ["cuánto es el deducible", "qué pago yo si choco", "se puede bajar el deducible"]),
    (Q_CHOQUE,
     "1) Si hay heridos llame al 911. 2) Saque fotos de los autos, las matrículas y el lugar. 3) Pida al otro conductor "
     "cédula, libreta de conducir y datos de su seguro. 4) No firme nada ni reconozca culpa. 5) Avísenos dentro de las 48 "
     "horas por WhatsApp al 099 274 613 (fuera de horario al 0800 8127, las 24 horas) y nosotros hacemos la denuncia ante "
     "la aseguradora. El perito revisa el auto en 3 días hábiles.",
     "siniestros", ["choque", "accidente", "siniestro", "denuncia", "chocaron"],
     ["me chocaron qué hago", "cómo denuncio un siniestro", "tuve un accidente"]),
    (Q_ROBO,
     "Haga enseguida la denuncia en la seccional policial o al 911 y avísenos antes de 24 horas al 0800 8127. Después "
     "traiga a la oficina la copia de la denuncia, las dos llaves y la libreta de circulación. Si el auto no aparece en 45 "
     "días, la aseguradora paga el valor asegurado en los 15 días siguientes. El robo está cubierto en Terceros completo y "
     "Todo riesgo, no en Responsabilidad civil.",
     "siniestros", ["robo", "robaron", "hurto", "denuncia policial"],
     ["me robaron el auto", "el seguro cubre robo", "cuánto tarda en pagar un robo"]),
    (Q_AUXILIO,
     "Asistencia 24 horas en todo Uruguay al 0800 8127: remolque hasta 150 km (300 km en Todo riesgo), arranque con "
     "batería descargada, cambio de rueda, envío de combustible (el combustible lo paga usted) y cerrajería. Son 3 "
     "servicios por año de póliza; después del tercero el remolque se cobra a precio preferencial, $ 1.900 de salida más "
     "$ 60 por km. Viene incluido en Terceros completo y Todo riesgo; con Responsabilidad civil se agrega por $ 190 al mes.",
     "asistencia", ["auxilio", "grúa", "remolque", "asistencia en ruta", "batería"],
     ["tienen grúa", "me quedé sin batería en la calle", "cuántos auxilios tengo por año"]),
    (Q_CUOTAS,
     "Sí. Con tarjeta de crédito en 10 cuotas sin recargo; en efectivo en Abitab o Redpagos en 6 cuotas con 5 % de "
     "recargo; pagando el año contado tiene 8 % de descuento. Si una cuota queda impaga más de 30 días, la cobertura se "
     "suspende hasta que se ponga al día.",
     "pagos", ["cuotas", "pago", "tarjeta", "contado", "financiación"],
     ["se puede pagar en cuotas", "cómo pago el seguro", "aceptan tarjeta"]),
    (Q_CAMBIO,
     "Avísenos antes de salir con el auto nuevo y mándenos el título o el boleto de compraventa. Pasamos la póliza al auto "
     "nuevo con un endoso sin costo en 1 día hábil; solo se cobra o se devuelve la diferencia de prima por los meses "
     "que quedan. En Todo riesgo el auto nuevo necesita una inspección con fotos (gratis en Montevideo). El auto vendido "
     "queda sin cobertura desde la fecha del endoso.",
     "póliza", ["cambio de auto", "endoso", "vehículo nuevo", "reemplazo"],
     ["compré otro auto", "cómo paso el seguro al auto nuevo", "vendí el auto qué hago con el seguro"]),
    (Q_BAJA,
     "Envíenos la solicitud firmada por el titular por WhatsApp al 099 274 613 o por correo. La baja rige desde el día en "
     "que la recibimos (no se hace con fecha anterior). Si pagó el año por adelantado, le devolvemos la parte no usada "
     "menos un 10 % de gastos; si en ese año cobró un siniestro, no hay devolución. Si el auto va a quedar guardado sin uso "
     "más de 3 meses, puede pasar a la cobertura de auto guardado (robo e incendio) por $ 600 al mes en lugar de darlo de "
     "baja.",
     "póliza", ["baja", "anular", "cancelar", "devolución", "rescindir"],
     ["quiero cancelar el seguro", "cómo anulo la póliza", "me devuelven plata si lo doy de baja"]),
    (Q_CRISTALES,
     "En Todo riesgo sí, sin deducible: parabrisas, luneta y ventanillas, 1 reposición por año de póliza (la segunda con "
     "deducible de $ 4.000). En Terceros completo se puede agregar el adicional de cristales por $ 2.400 al año. Con "
     "Responsabilidad civil no están cubiertos. El cambio se hace en talleres de la red en 48 horas.",
     "coberturas", ["cristales", "parabrisas", "luneta", "ventanillas"],
     ["se me rompió el parabrisas", "cubren los cristales", "cuánto cuesta cambiar la luneta"]),
    (Q_CONDUCTOR,
     "Sí, cualquier persona con libreta de conducir vigente está cubierta. Si quien maneja en el momento del siniestro "
     "tiene menos de 25 años o menos de 2 años de libreta y no está declarado en la póliza, el deducible sube $ 12.000. "
     "Declararlo cuesta un 15 % más de prima y así paga el deducible normal.",
     "póliza", ["conductor", "otra persona", "menor de 25", "joven", "hijos"],
     ["puede manejar mi hijo", "me cubre si presto el auto", "tengo que declarar a otro conductor"]),
    (Q_EXTERIOR,
     "La responsabilidad civil sí, con la Carta Verde del Mercosur, que es gratis: pídala por WhatsApp con 48 horas "
     "hábiles de anticipación y se la mandamos en PDF (vale hasta 90 días por viaje). Todo riesgo cubre además daños "
     "propios y robo en Argentina, Brasil, Paraguay y Chile. El auxilio mecánico en el exterior llega hasta 300 km.",
     "coberturas", ["exterior", "Argentina", "Brasil", "Carta Verde", "viaje"],
     ["me cubre en Brasil", "qué necesito para cruzar a Argentina", "cómo saco la carta verde"]),
    (Q_OFICINA,
     "Av. 18 de Julio 1357, oficina 602, Montevideo. Lunes a viernes de 9:30 a 18:00 y sábados de 9:30 a 12:30; "
     "domingos y feriados cerrado. Teléfono 2901 58 34. La asistencia en ruta (0800 8127) y las denuncias de siniestros "
     "atienden las 24 horas.",
     "oficina", ["dirección", "oficina", "horario", "sábado", "dónde"],
     ["dónde están", "a qué hora abren", "atienden los sábados"]),
    (Q_BONIF,
     "Sí: 10 % de bonificación por cada año sin siniestros con culpa, hasta 30 %. Si viene de otra compañía, le "
     "reconocemos los años con el certificado de siniestralidad de los últimos 3 años (lo pide en su aseguradora). Un "
     "siniestro con culpa baja la bonificación 10 puntos; los choques en que el culpable es otro no la afectan.",
     "pagos", ["descuento", "bonificación", "sin siniestros", "siniestralidad"],
     ["tienen descuento", "me reconocen los años de otra compañía", "si choco pierdo el descuento"]),
    (Q_SUSTITUTO,
     "Con Todo riesgo sí: un auto chico por hasta 10 días mientras el suyo está en el taller por un siniestro cubierto, y "
     "por hasta 15 días si se lo roban. Con Terceros completo solo en caso de robo (hasta 10 días); con Responsabilidad "
     "civil no. Se retira en la agencia de alquiler de la red en Montevideo con libreta de conducir y tarjeta de crédito "
     "para la garantía.",
     "siniestros", ["auto sustituto", "reemplazo", "alquiler", "préstamo"],
     ["me dan un auto mientras lo arreglan", "tienen auto de reemplazo", "cuántos días me prestan un auto"]),
]

PLAN = [
    [  # 1
        ("hola buenas tardes! me compré una cachila, un gol 2011, y lo quiero asegurar. qué tipos de seguro tienen? y "
         "qué les tengo que mandar para que me pasen el precio justo?",
         "Small talk greeting + " + both(Q_COBERTURAS, Q_COTIZAR) + " — three levels: Responsabilidad civil from "
         "$ 14.500 a year, Terceros completo from $ 26.000, Todo riesgo from $ 52.000 (with a deductible); for the exact "
         "price send make, model, year, neighbourhood where the car sleeps, age of the main driver and use by WhatsApp "
         "099 274 613 → comparison of 4 insurers within 24 working hours, free, valid 15 days. (`cachila` = old car.)",
         "Only one half without pointing to the other; an exact price invented for the Gol; asking for ID numbers in the "
         "chat as if that were the quote."),
        ("y con el más barato si me lo afanan de la puerta de casa?",
         faq(Q_COBERTURAS) + " (or " + faq(Q_ROBO) + ", which says the same) — the cheapest level (Responsabilidad "
         "civil) does NOT cover theft; theft is covered from Terceros completo (from $ 26.000) up. (`afanar` = to steal.)",
         "'Yes, theft is covered'; the accident steps; 'not covered'."),
        ("y eso se puede ir pagando de a poco o hay q poner toda la plata junta?",
         faq(Q_CUOTAS) + " — 10 instalments without surcharge by credit card; 6 in cash at Abitab/Redpagos with 5 % "
         "surcharge; 8 % off paying the year at once; cover suspended after 30 days unpaid.",
         "'Only one payment'; a monthly amount invented as if quoted; the cancelling entry."),
        ("ta, bárbaro, de más bo. mil gracias, cualquier cosa te escribo. chau!",
         "Small talk: acknowledgement + thanks + goodbye (`ta` = OK, `bárbaro` / `de más` = great, `bo` = hey, `chau` = "
         "bye) — short friendly close.",
         "A long FAQ answer; choices; a handover."),
    ],
    [  # 2
        ("hola, una consultita",
         "Too vague to answer — choices (quote, coverage, accident...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("hoy de mañana en el estacionamiento del súper un tipo me dio marcha atrás y me hundió todo el paragolpes, él "
         "tiene seguro, yo qué tengo que hacer ahora?",
         TYPE + faq(Q_CHOQUE) + " — photos of both cars, plates and place; the other driver's cédula, licence and "
         "insurer; sign nothing, admit nothing; tell the broker within 48 hours by WhatsApp 099 274 613 (0800 8127 out "
         "of hours), the broker files the claim; inspector within 3 working days. (That he pays no deductible when the "
         "other insured driver is at fault, from " + faq(Q_DEDUCIBLE) + ", is a plus.)",
         "Tapping a choice; the theft steps; 'not covered'; telling him he pays the deductible."),
        ("y mientras me lo arreglan con qué me muevo? lo preciso para laburar todos los días",
         faq(Q_SUSTITUTO) + " — with Todo riesgo a small car for up to 10 days while his is in the workshop for a "
         "covered claim (Terceros completo: only after theft; Responsabilidad civil: no); collected at the network's "
         "rental agency with licence and credit card. (`laburar` = to work.)",
         "Inventing a taxi allowance; the roadside-assistance entry; promising a car whatever the cover."),
        ("che pará, estoy hablando con alguien de verdad o esto es automático?",
         "Small talk: are you a bot — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3
        ("buen día, les escribo por lo de mi póliza",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("mmm no, ninguna de esas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("vendi el corsa y el viernes me entregan el que compre, quiero que lo que ya pague del año pase para ese",
         faq(Q_CAMBIO) + " — tell the broker before driving the new car and send the title or the sale contract; the "
         "policy moves by a free endorsement within 1 working day, only the premium difference for the remaining months; "
         "Todo riesgo needs a photo inspection (free in Montevideo); the sold car is uncovered from the endorsement date.",
         "'Cancel and buy a new policy'; the cancelling/refund entry alone; charging a fee for the change."),
        ("y de paso, ustedes no me hacen el trámite para pasar el título a mi nombre? el escribano me quiere cobrar un "
         "disparate",
         "Not covered (near the trade: transferring the car's title, a notary's job) — says so honestly, may offer a "
         "person; no price.",
         "Inventing a transfer service or price; the change-of-car entry as if it answered this."),
    ],
    [  # 4
        ("qué cubre exactamente el todo riesgo y de cuánto es el deducible?",
         both(Q_COBERTURAS, Q_DEDUCIBLE) + " — Todo riesgo = third-party liability + theft and fire + own damage, glass "
         "and substitute car (roadside assistance too), from $ 52.000 a year; deductible $ 18.000 per claim ($ 9.000 for "
         "12 % more premium), none for total theft, fire or the first glass breakage of the year.",
         "Only one half without pointing to the other; a deductible on theft; inventing a percentage deductible."),
        ("no no, no era eso. el que lo agarra casi siempre es mi gurí, 19 años recién cumplidos y con libreta desde "
         "marzo, si la pega contra algo cuánto ponemos nosotros?",
         "Acknowledges the push-back + " + both(Q_CONDUCTOR, Q_DEDUCIBLE) + " — the son is covered, but under 25 (and "
         "licence under 2 years) and not declared: deductible $ 18.000 + $ 12.000 = $ 30.000; declared in the policy "
         "(15 % more premium) he pays the normal $ 18.000. (`gurí` = kid, here his son; `pegarla` = to crash.)",
         "Repeating the first answer unchanged; 'your son is not covered'; leaving out the $ 12.000 surcharge."),
        ("tampoco. mirá, así no vamos a ningún lado, quiero hablar con una persona ya",
         "Push-back (second time in a row) + request for a person (direct, annoyed) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("holaaa? me atienden o qué?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("NO PUEDE SER LO DE USTEDES!!! les pago todos los meses y el domingo me quedé con el auto muerto en Piriápolis, "
         "llamé y me dijeron que ya tenía gastados los servicios del año y que el camión para traerlo a Montevideo lo "
         "pagaba yo. para qué tengo seguro entonces???",
         faq(Q_AUXILIO) + " — calm, apologises: roadside assistance is 3 services per policy year; after the third the "
         "tow is charged at a preferential price ($ 1.900 + $ 60 per km), tows up to 150 km (300 km with Todo riesgo); "
         "offering a person to check the count of services is fine too.",
         "Cold answer ignoring the anger; promising a refund; the accident-claim entry; 'not covered'."),
        ("ah y ya que estamos, sabés si este domingo hay feria en Tristán Narvaja aunque llueva?",
         "Not covered (unrelated: the Sunday street market of Tristán Narvaja) — says it cannot help with that, no FAQ "
         "answer.",
         "Inventing market hours or a forecast; the office-hours entry."),
        ("que me llame el encargado al 098 417 263 hoy después de las 6 de la tarde, antes no que estoy laburando",
         "Hands over / passes on a callback request to 098 417 263 today (Tuesday 1 December) after 18:00; no FAQ "
         "answer (saying the office closes at 18:00 is fine, refusing the request is not).",
         "Ignoring the number or the time; only giving the office phone; an FAQ answer."),
        ("y eso para cuándo sería, hoy mismo?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The inspector's 3 working days; the office hours as the answer; promising an exact time."),
    ],
    [  # 6
        ("hola, el mes que viene me voy a vivir a Madrid y el auto lo dejo guardado en el garaje de mi vieja, no tiene "
         "sentido seguir pagando el seguro",
         faq(Q_BAJA) + " — send a request signed by the policyholder by WhatsApp 099 274 613 or e-mail; it runs from "
         "the day it arrives (not backdated); a year paid in advance is refunded for the unused part minus 10 % (nothing "
         "if a claim was paid that year); option: 'auto guardado' cover (theft and fire) for $ 600 a month for a car "
         "stored more than 3 months. Must not claim the policy is cancelled. (`mi vieja` = my mum.)",
         "Claiming it is cancelled now; backdating; the instalments entry alone."),
        ("ah ta, dale",
         "Ambiguous yes — asks what he wants (cancel? the stored-car cover?) or explains the next step; must not claim "
         "anything is cancelled or changed.",
         "Saying the policy is now cancelled or switched; a random FAQ entry."),
        ("y la plata que puse en enero cuando lo pagué contado? me vuelve algo?",
         faq(Q_BAJA) + " — yes, the unused part from the day the signed request arrives, minus 10 % costs; nothing if "
         "a claim was paid this policy year.",
         "'No refund at all'; a full refund; the 8 % cash discount of the instalments entry as the answer."),
        ("uh bo, me mareaste con tanta cosa, estoy re perdido, ni ahí lo entiendo. pasame con alguien de la oficina que "
         "me lo explique de una",
         "Hands over to a person (`bo` = hey, `me mareaste` = you made my head spin, `re` = very, `ni ahí` = not at "
         "all, `de una` = right away) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("buen día! en enero nos vamos a Floripa con el auto, qué papel necesito para cruzar con el seguro? y lo puedo "
         "pasar a buscar por la oficina un sábado de mañana?",
         "Small talk greeting + " + both(Q_EXTERIOR, Q_OFICINA) + " — the Mercosur Carta Verde, free, asked by "
         "WhatsApp 48 working hours before, sent as a PDF, valid up to 90 days per trip (Todo riesgo also covers own "
         "damage and theft in Brazil); office Av. 18 de Julio 1357 of. 602, Saturday 9:30-12:30 (Mon-Fri 9:30-18:00). "
         "(`Floripa` = Florianópolis, Brazil.)",
         "Only one half without pointing to the other; charging for the Carta Verde; 'closed on Saturday'."),
        ("y si en la ruta me salta una piedra y me raja el vidrio de adelante?",
         faq(Q_CRISTALES) + " — Todo riesgo: windscreen covered without deductible, 1 per policy year (the second with "
         "$ 4.000 deductible); Terceros completo only with the glass extra ($ 2.400 a year); Responsabilidad civil: no; "
         "replaced in 48 hours at network workshops.",
         "The accident-claim steps; the $ 18.000 deductible; roadside assistance."),
        ("ta. dos cosas más: si me roban el auto cuánto tarda en pagar el seguro? y vengo de pila de años sin choques en "
         "otra compañía, eso me lo reconocen?",
         both(Q_ROBO, Q_BONIF) + " — police report at once + notify within 24 hours (0800 8127), bring the report, both "
         "keys and the libreta; if the car is not found in 45 days the insurer pays within the next 15 days; claim-free "
         "years give 10 % each up to 30 %, recognised with the previous insurer's certificate of the last 3 years. "
         "(`pila de` = a lot of.)",
         "Only one half without pointing to the other; 'paid at once'; 'years elsewhere do not count'."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
