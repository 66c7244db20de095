"""es: Conjunto Norteño Los Regios del Cerro (made up), a norteño band for hire (accordion, bajo sexto, bass, drums:
parties, weddings, XV años, posadas, serenades, wakes) in the colonia Obispado, Monterrey, Nuevo León; the owner writes
standard Mexican Spanish (usted/ustedes), customers write everyday regiomontano / norteño Spanish (ocupo = necesito,
qué onda, compa, carnales, apá, machín, sale pues, ahí nos vidrios, neta, nel, cheve, brincolín, gacho, ya ni la
friegas, no manches, híjole, hacerse bolas, chamba, marcar, rajarse, aguacero, quinta, pa, nomás, bien + adj.).
The bot serves es-419."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECIO = "¿Cuánto cuesta contratar al conjunto?"
Q_FUERA = "¿Tocan fuera de Monterrey?"
Q_NECESITAN = "¿Qué se necesita en el lugar del evento?"
Q_VELORIO = "¿Tocan en velorios, misas y funerales?"
Q_REPERTORIO = "¿Qué repertorio tocan y aceptan peticiones?"
Q_DESCANSOS = "¿Hacen descansos durante el evento?"
Q_PAGO = "¿Qué formas de pago aceptan?"
Q_FACTURA = "¿Dan factura?"
Q_SAX = "¿Se puede agregar saxofón u otro músico?"
Q_PUNTUAL = "¿Qué pasa si el conjunto llega tarde o algo sale mal?"
Q_CANCELAR = "¿Puedo cancelar o cambiar la fecha?"
Q_OFICINA = "¿Dónde están y en qué horario atienden?"
Q_APARTAR = "¿Cómo aparto la fecha?"
Q_LLUVIA = "¿Qué pasa si llueve?"
Q_SERENATA = "¿Hacen serenatas?"

FAQ = [
    (Q_PRECIO,
     "Conjunto completo de 4 músicos (acordeón, bajo sexto, bajo eléctrico y batería), con equipo de sonido: $9,500 "
     "por 3 horas, que es el mínimo de contratación; cada hora extra $2,800. De lunes a jueves, 15 % de descuento. "
     "Precios en pesos, IVA incluido, dentro del área metropolitana de Monterrey.",
     "precios", ["precio", "contratar", "tocada", "tarifa", "hora extra"],
     ["cuánto cobran por una tocada", "precio del conjunto por 3 horas", "cuánto sale la hora extra"]),
    (Q_FUERA,
     "Sí. Sin costo extra en Monterrey, San Pedro, San Nicolás, Guadalupe, Apodaca, Escobedo, Santa Catarina y García. "
     "Santiago, Juárez, Cadereyta y Salinas Victoria: $900 de traslado. Saltillo: $2,500. Más lejos (Linares, "
     "Reynosa, Nuevo Laredo): cotización según kilómetros y casetas; si el evento termina después de las 2:00 a. m., "
     "el hospedaje de 5 personas corre por cuenta del cliente.",
     "eventos", ["fuera de Monterrey", "traslado", "Saltillo", "municipio", "viaje"],
     ["van hasta Saltillo", "cobran extra por ir a Santiago", "tocan en ranchos fuera de la ciudad"]),
    (Q_NECESITAN,
     "Un espacio plano de al menos 4 × 3 metros, techado o con toldo, y una toma de corriente de 110 V a menos de "
     "15 metros (traemos extensiones hasta esa distancia). Si no hay luz o el contacto queda más lejos, llevamos "
     "generador de 5 kW por $1,200 más. Agua para los músicos; la comida es opcional. Llegamos 1 hora antes para "
     "montar y probar sonido.",
     "eventos", ["espacio", "toma de corriente", "luz", "generador", "montar"],
     ["qué necesitan para tocar", "cuánto espacio necesitan", "si no hay luz en el lugar"]),
    (Q_VELORIO,
     "Sí, con respeto y vestidos de oscuro, en funeraria, panteón, misa o domicilio: 1 hora por $4,500 y cada media "
     "hora extra $1,200, con repertorio de despedida (Amor eterno, Las golondrinas y las que pida la familia). Si hay "
     "músicos libres llegamos en unas 3 horas; llame al 81 8342 5170. El pago se hace al llegar.",
     "eventos", ["velorio", "funeral", "misa", "panteón", "funeraria"],
     ["tocan en un sepelio", "música para despedir a un familiar", "pueden ir hoy a la funeraria"]),
    (Q_REPERTORIO,
     "Corridos, redovas, polkas, huapangos, cumbias norteñas, rancheras y románticas: más de 300 canciones (le "
     "mandamos la lista en PDF por WhatsApp). Las peticiones de la lista son sin costo durante el evento. Una canción "
     "que no tengamos la montamos por $600, pedida con al menos 2 semanas de anticipación. No tocamos narcocorridos.",
     "musica", ["repertorio", "canciones", "peticiones", "corridos", "lista"],
     ["qué canciones se saben", "pueden tocar una que yo les pida", "tocan cumbias"]),
    (Q_DESCANSOS,
     "En eventos de 3 horas o más tocamos en tandas de 50 minutos con 10 minutos de descanso; los descansos no se "
     "descuentan del tiempo contratado y durante ellos dejamos música grabada. Si prefiere música sin pausas, "
     "traemos un músico de relevo por $700 más por hora.",
     "musica", ["descanso", "tandas", "pausas", "sin parar", "seguido"],
     ["cada cuánto descansan", "tocan seguido", "pueden tocar sin parar"]),
    (Q_PAGO,
     "Transferencia SPEI, depósito en OXXO a nuestra tarjeta (la comisión de la tienda la paga el cliente), tarjeta de "
     "crédito o débito en la oficina (3 meses sin intereses desde $8,000) y efectivo. El saldo del día del evento se "
     "paga en efectivo o por transferencia antes de la primera canción.",
     "pagos", ["pago", "transferencia", "OXXO", "tarjeta", "efectivo", "meses sin intereses"],
     ["puedo pagar con tarjeta", "aceptan depósito en oxxo", "se puede a meses"]),
    (Q_FACTURA,
     "Sí, emitimos factura electrónica CFDI 4.0; los precios ya incluyen el 16 % de IVA. Mande su constancia de "
     "situación fiscal por WhatsApp al 81 1937 6248 dentro del mismo mes del evento y la factura le llega por correo en "
     "48 horas.",
     "pagos", ["factura", "CFDI", "IVA", "RFC", "constancia fiscal"],
     ["me pueden facturar", "necesito factura para la empresa", "el precio incluye IVA"]),
    (Q_SAX,
     "Sí. Saxofonista para norteño-sax: $1,800 por evento (hasta 5 horas); tololoche en lugar del bajo eléctrico: "
     "$900; segunda voz femenina: $2,200. Avise al apartar la fecha; con menos de 7 días de anticipación depende de "
     "la disponibilidad.",
     "musica", ["saxofón", "músico extra", "tololoche", "norteño-sax", "agregar"],
     ["tienen sax", "pueden traer otro músico", "cuánto más con saxofón"]),
    (Q_PUNTUAL,
     "Garantizamos la puntualidad: si empezamos tarde por causa nuestra, reponemos el tiempo completo al final o le "
     "descontamos $1,000 por cada media hora de retraso. Si falla el sonido o un músico, tenemos equipo y músicos de "
     "respaldo. Para cualquier queja, escríbanos al WhatsApp 81 1937 6248 en las 48 horas siguientes al evento: el "
     "encargado le llama ese mismo día y le damos respuesta por escrito en 3 días hábiles.",
     "eventos", ["retraso", "llegaron tarde", "queja", "puntualidad", "reclamación"],
     ["llegaron tarde a mi fiesta", "quiero poner una queja", "el sonido falló"]),
    (Q_CANCELAR,
     "Cambio de fecha: gratis una vez, avisando al menos 15 días antes, a cualquier fecha libre de los 6 meses "
     "siguientes. Cancelación con más de 30 días de anticipación: le devolvemos el anticipo completo por transferencia "
     "en 5 días hábiles. Con menos de 30 días, el anticipo no se devuelve, pero vale durante 1 año para otro evento o "
     "una serenata.",
     "pagos", ["cancelar", "cambiar fecha", "anticipo", "devolución", "reembolso"],
     ["quiero cancelar la tocada", "me devuelven el anticipo", "podemos mover el evento a otro día"]),
    (Q_OFICINA,
     "Oficina y local de ensayo: calle Padre Mier 1820 Pte., colonia Obispado, Monterrey. Atendemos de lunes a viernes "
     "de 10:00 a 19:00 y sábados de 10:00 a 14:00; domingos solo por WhatsApp. Teléfono 81 8342 5170, WhatsApp "
     "81 1937 6248. Con cita puede venir a oírnos al ensayo de los miércoles a las 18:00.",
     "contacto", ["oficina", "horario", "dirección", "atienden", "ensayo"],
     ["dónde tienen la oficina", "a qué hora contestan", "puedo ir a oírlos"]),
    (Q_APARTAR,
     "Con un anticipo de $3,000 por transferencia, depósito o en la oficina; el resto se paga el día del evento. La "
     "fecha queda apartada cuando le mandamos el contrato firmado por WhatsApp, en menos de 24 horas. Para diciembre, "
     "10 de mayo y 15 de septiembre conviene apartar con 6 semanas de anticipación.",
     "eventos", ["apartar", "anticipo", "reservar", "contrato", "fecha libre"],
     ["cómo reservo para una boda", "cuánto hay que dar de anticipo", "tienen libre el sábado"]),
    (Q_LLUVIA,
     "Tocamos siempre que el conjunto esté bajo techo o toldo. Si no lo hay y llueve, paramos hasta que pase, por "
     "seguridad del equipo; si no se puede tocar nada, cambiamos la fecha sin costo dentro de los 3 meses siguientes "
     "o, si no hay nueva fecha, devolvemos el anticipo menos $800 de gastos. Con alerta de tormenta de Protección Civil "
     "decidimos juntos a más tardar 4 horas antes.",
     "eventos", ["lluvia", "llueve", "toldo", "mal tiempo", "tormenta"],
     ["y si se suelta el aguacero", "tocan al aire libre", "qué pasa si hay tormenta"]),
    (Q_SERENATA,
     "Sí: serenata de 45 minutos (10 a 12 canciones) con los 4 músicos por $3,800, todos los días de 20:00 a 1:00; "
     "Las Mañanitas incluidas. Se aparta con 2 días de anticipación y se paga completa al reservar. Si es sorpresa, "
     "llegamos a la hora acordada y esperamos hasta 15 minutos.",
     "musica", ["serenata", "mañanitas", "sorpresa", "cumpleaños", "45 minutos"],
     ["cuánto cuesta la serenata", "le quiero llevar mañanitas a mi mamá", "una serenata sorpresa para mi novia"]),
]

PLAN = [
    [  # 1
        ("qué onda, buenas noches! ocupo un conjunto pa los 60 de mi apá, el 16 de enero en una quinta en Santiago. "
         "cuánto cobran por unas 4 horas? y aparte cobran por ir hasta allá?",
         "Small talk greeting + " + both(Q_PRECIO, Q_FUERA) + " — $9,500 for the 3-hour minimum plus $2,800 for the "
         "4th hour (about $12,300; Saturday 16 January, so no weekday discount), sound included; Santiago is $900 "
         "travel. (`ocupo` = I need, `apá` = dad, `quinta` = a country house with a garden.)",
         "Only one half without pointing to the other; 'Santiago is free'; an invented price; the serenade entry."),
        ("y si nomás le dejamos en 3, cuánto queda?",
         faq(Q_PRECIO) + " — 3 hours is the minimum: $9,500 (plus the $900 to Santiago).",
         "The descansos entry (`3`); the cancel entry; $2,800 alone; repeating the 4-hour total."),
        ("la quinta tiene una palapa pero la luz nomás llega a la cocina, como a 20 metros de donde irían ustedes. "
         "traen cable o hay que conseguir planta? y cuánto lugar agarran?",
         faq(Q_NECESITAN) + " — a flat space of at least 4 × 3 m under a roof or awning (the palapa works), a 110 V "
         "socket within 15 m (their extensions reach that far); at 20 m a 5 kW generator for $1,200 more; they arrive "
         "1 hour early to set up. (`planta` = generator, `palapa` = thatched shelter.)",
         "The rain entry (`palapa`); saying 20 m is fine without a generator; the price list; 'we don't play without "
         "power'."),
        ("sale pues, está bien machín. gracias compa, ahí le aviso la otra semana. ahí nos vidrios!",
         "Small talk: acknowledgement + thanks + goodbye (`sale pues` = okay then, `machín` = great, `compa` = mate, "
         "`ahí nos vidrios` = see you) — short friendly close.",
         "An FAQ answer (`la otra semana` read as booking); choices; a handover; asking what the customer means."),
    ],
    [  # 2
        ("oiga, disculpe, ¿me podría orientar?",
         "Too vague to answer — choices (prices, booking, serenades...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("Mi abuelo se nos fue anoche y lo estamos velando en una capilla de la avenida Constitución. Él toda la vida "
         "oyó música norteña y mi abuela quiere que alguien le toque hoy en la tarde, ¿se puede?",
         TYPE + faq(Q_VELORIO) + " — yes, respectfully and dressed in dark clothes: 1 hour $4,500 (each extra half "
         "hour $1,200), farewell songs (Amor eterno, Las golondrinas, the family's requests); about 3 hours' notice if "
         "musicians are free, call 81 8342 5170; paid on arrival. Condolences are welcome.",
         "Tapping a choice; the party price ($9,500 for 3 hours); the booking entry (a 24-hour contract, 6 weeks "
         "ahead); the serenade entry; promising they will come without the 'if musicians are free'."),
        ("él cantaba mucho las de Ramón Ayala y de los Cadetes de Linares, ¿se las saben? mi abuela les pasa cuáles",
         faq(Q_REPERTORIO) + " — over 300 songs (list as a PDF by WhatsApp); requests from the list at no cost; a song "
         "they do not have needs 2 weeks' notice ($600), so not for today. Naming the wake entry's farewell repertoire "
         "as well is fine.",
         "The saxophone entry; the price again; promising any song for this afternoon."),
        ("perdón que pregunte, ¿eres una persona o un programa? neta no quiero andarle contando esto a una máquina",
         "Small talk: are you a bot (`neta` = honestly, really) — honest: an automated assistant; offers a person, "
         "kindly given the wake.",
         "Claiming to be a person; an FAQ answer; choices; a cold or joking reply."),
    ],
    [  # 3
        ("hola buen día, quería checar una cosa de lo de la boda de mi hermana",
         "Too vague to answer — choices (booking, prices, what is needed...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("nel, nada que ver",
         TYPE + "Typed rejection (`nel` = no) — asks what it is about / invites a rephrasing; no handover yet, no "
         "repeat of the same choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("lo que quiero saber es si se paran a cada rato. en los XV de mi prima los musicos se bajaban cada media "
         "hora a echarse una cheve y la pista se quedaba muerta",
         faq(Q_DESCANSOS) + " — sets of 50 minutes with 10-minute breaks on events of 3 hours or more, breaks not "
         "taken off the hired time, recorded music meanwhile; non-stop music with a relief musician $700 more per "
         "hour. (`cheve` = beer, `XV` = a quinceañera party.)",
         "The punctuality/complaint entry; the price list; the repertoire entry; lecturing about alcohol."),
        ("ah y otra: ¿ustedes rentan mesas, sillas y el brincolín pa los niños, o eso lo veo por otro lado?",
         "Not covered (near the trade: furniture and bouncy-castle rental, not offered) — says so honestly, may offer "
         "a person; no price. (`brincolín` = bouncy castle.)",
         "Inventing a rental price; the 'what is needed on site' entry as if they brought furniture; the generator."),
    ],
    [  # 4
        ("es pa la posada de la oficina el viernes 18. se puede pagar con la tarjeta de la empresa? y ocupamos "
         "factura, el contador la pide a nombre de la razón social",
         both(Q_PAGO, Q_FACTURA) + " — card accepted at the office (3 months without interest from $8,000), SPEI "
         "transfer, OXXO deposit, cash; the balance on the day before the first song; CFDI 4.0 invoice, prices "
         "already include 16 % VAT, send the tax certificate by WhatsApp within the month, invoice by e-mail in 48 "
         "hours. (`posada` = a Christmas party.)",
         "Only one half without pointing to the other; 'VAT is added on top'; 'cash only'."),
        ("no pues no, eso no era. al director le encanta cuando suena un saxo junto con el acordeón, como los grupos "
         "de antes. ¿se puede traer a alguien así?",
         "Acknowledges the push-back + " + faq(Q_SAX) + " — a saxophonist for norteño-sax $1,800 per event (up to 5 "
         "hours); say so when booking; with less than 7 days' notice it depends on availability (the 18th is 16 days "
         "away, fine, but December is busy).",
         "Repeating the payment/invoice answer; the repertoire entry alone; 'we don't have sax'."),
        ("ay no manches, otra vez sales con otra cosa. está bien gacho esto, ya ni la friegas. ¿me comunicas con "
         "alguien del conjunto o qué onda?",
         "Push-back (second time in a row) + request for a person (annoyed; `no manches` = come on, `gacho` = lousy, "
         "`ya ni la friegas` = you're hopeless, `qué onda` = what's up) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again; reading `qué onda` as a greeting."),
        ("¿bueno?? ¿sigue alguien por ahí o ya me dejaron colgado?",
         WAIT + AFTER + "Waiting (`¿bueno?` = hello?, as on the phone) — reassures that a person has the message and "
         "will answer; no FAQ answer, no invented wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("NO PUEDE SER. les pagué 12 mil y pico por los XV de mi hija el sábado, quedamos a las 9 y se aparecieron a las "
         "10:20, el vals se tuvo que bailar con una bocina de celular y encima el acordeón se oyó bien feo toda la "
         "noche. y ahora nadie me contesta. ¿así o más informales???",
         faq(Q_PUNTUAL) + " — calm, apologises: late by their fault means the time made up or $1,000 off per half "
         "hour late (80 minutes late: the waltz missed); backup equipment and musicians; write to WhatsApp 81 1937 "
         "6248 within 48 hours of the event (Saturday night: this is Wednesday, so say it anyway and pass it on), the "
         "manager calls the same day, a written answer within 3 working days. (`así o más` = could it be any worse.)",
         "Cold rule ignoring the anger; the price entry ($12,300 read as a price question); the cancel entry; a "
         "refund promised in full; blaming the customer."),
        ("oye y de pasada, ¿sabes dónde venden cabrito bueno por el centro? ando con visitas de fuera",
         "Not covered (unrelated: where to eat roast kid in downtown Monterrey) — says it cannot help with that, no "
         "FAQ answer.",
         "Inventing a restaurant; the office address; the 'outside Monterrey' entry (`de fuera`)."),
        ("que me marque el dueño mañana despues de las 8 de la noche al 81 2274 9013, en el día ando en la chamba en "
         "Apodaca y no puedo contestar",
         "Hands over / passes on a callback request to 81 2274 9013 tomorrow (Thursday 3 December) after 20:00; no "
         "FAQ answer. The office answers until 19:00, so the reply must not promise the time. (`marcar` = to call, "
         "`chamba` = work.)",
         "Ignoring the number or the time; only giving the office's phone; the hours as the answer; promising a "
         "call after 8 pm; the 'outside Monterrey' entry (`Apodaca`)."),
        ("ok. ¿y eso tarda? ¿o me va a marcar hasta el lunes?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 3-working-day written answer or the 24-hour contract as the answer; promising an exact day or time."),
    ],
    [  # 6
        ("buenas tardes. en octubre les deposité $3,000 pa la boda de mi hijo el 23 de enero, pero los muchachos se "
         "pelearon feo y siempre no va a haber boda. así que pues ya no vamos a ocupar la música",
         faq(Q_CANCELAR) + " — cancelling more than 30 days ahead (23 January is about 7 weeks away): the deposit back "
         "in full by transfer within 5 working days; with less than 30 days it is kept but valid 1 year for another "
         "event or a serenade; one free date change with 15 days' notice. Must not claim it is cancelled. (`siempre "
         "no` = after all, not.)",
         "Claiming it is cancelled now; the booking entry; the rain entry's $800; 'the deposit is lost'; condolence "
         "jokes."),
        ("mmm... sí, pues ni modo",
         "Ambiguous yes (`ni modo` = oh well) — asks whether to cancel or move the date, or explains the next step; "
         "must not claim anything is cancelled.",
         "Saying the booking is now cancelled; a random FAQ entry; a goodbye."),
        ("y los 3 mil que les deposité, ¿me los regresan todos o se quedan con una parte?",
         faq(Q_CANCELAR) + " — in full (more than 30 days ahead), by transfer within 5 working days.",
         "The payment entry (OXXO deposit) as the answer; the booking entry ($3,000 deposit) again; the rain "
         "entry's 'minus $800'."),
        ("híjole, ya me hice bolas con tanta cosa. ¿hay alguna persona de carne y hueso con quien pueda hablar? "
         "pásamela porfa",
         "Hands over to a person (`híjole` = oh dear, `me hice bolas` = I got muddled, `de carne y hueso` = real) — "
         "short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; taking `bolas` literally."),
    ],
    [  # 7
        ("buen día! oiga, ¿puedo pasar hoy a la oficina a dejarles el adelanto en efectivo? ¿hasta qué hora hay "
         "alguien?",
         "Small talk greeting + " + both(Q_OFICINA, Q_APARTAR) + " — calle Padre Mier 1820 Pte., colonia Obispado, "
         "Monday to Friday 10:00-19:00 (Saturday 10:00-14:00); the date is held with a $3,000 deposit (cash at the "
         "office is fine), the signed contract comes by WhatsApp within 24 hours.",
         "Only one half without pointing to the other; the payment entry alone; 'open Sundays'."),
        ("es pa nuestro aniversario de 25 el 9 de enero, en un terreno allá por García, puro cielo abierto, nada "
         "arriba. con lo loco que anda el clima, si a media fiesta se suelta el aguacero ustedes qué hacen, ¿se van "
         "y ya?",
         faq(Q_LLUVIA) + " — they play only under a roof or awning; without one and with rain they pause until it "
         "passes; if nothing can be played, a free new date within 3 months, or the deposit back minus $800; with a "
         "Civil Protection storm alert the decision is taken together at least 4 hours before. (García is within the "
         "free area.) (`aguacero` = downpour.)",
         "The 'what is needed' entry alone; the cancel entry alone; the 'outside Monterrey' entry (`García`); the "
         "weather forecast."),
        ("y si mejor nos rajamos con lo de la fiesta y nomás le llevo serenata a mi señora, ¿cuánto sale? ¿esa "
         "también se suspende si llueve?",
         both(Q_SERENATA, Q_LLUVIA) + " — a 45-minute serenade (10-12 songs, Las Mañanitas included) with 4 musicians "
         "$3,800, daily 20:00-1:00, booked 2 days ahead and paid in full; the rain rule: only under a roof or awning, "
         "otherwise paused, a new date free within 3 months. (`rajarse` = to back out.)",
         "Only one half without pointing to the other; the party price; the cancel entry as if the party were "
         "cancelled."),
    ],
]

if __name__ == "__main__":
    print(write_faq("es", FAQ))
    print(write_plan("es", PLAN))
