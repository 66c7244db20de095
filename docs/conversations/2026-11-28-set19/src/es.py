"""es: La Casona Cowork, Laureles, Medellin (paisa Spanish)."""
from common_b import write

FAQ = [
 ["¿Cuánto cuesta el pase de día?", "El pase de día cuesta $45.000 COP e incluye escritorio flexible de 8:00 a. m. a 8:00 p. m., wifi y café ilimitado. El paquete de 10 días cuesta $380.000 y se puede usar durante 3 meses.", "precios", "pase de día;día;precio;diario", "cuánto vale un día|cuánto cuesta ir un día|precio por día"],
 ["¿Cuál es el horario?", "Abrimos de lunes a viernes de 7:00 a. m. a 9:00 p. m. y los sábados de 8:00 a. m. a 2:00 p. m. Domingos y festivos está cerrado. Los miembros con escritorio fijo entran 24/7 con su tarjeta.", "general", "horario;abren;cierran;sábado;festivos", "a qué hora abren|hasta qué hora están abiertos|abren los domingos"],
 ["¿Qué planes mensuales tienen?", "Escritorio flexible $480.000 al mes, escritorio fijo $650.000 al mes y oficina privada para 4 personas $2.400.000 al mes. Todos incluyen wifi, café y 4 horas de sala de reuniones al mes. Se paga un depósito de un mes al entrar.", "precios", "plan mensual;membresía;mensualidad;oficina privada;escritorio fijo", "cuánto vale la mensualidad|precio de la membresía|tienen oficinas privadas"],
 ["¿Cómo reservo una sala de reuniones?", "Las salas se reservan en la app o en la web. La sala para 6 personas cuesta $35.000 la hora y la de 8 personas $50.000 la hora; tienen pantalla y tablero. Los miembros mensuales tienen 4 horas gratis al mes.", "salas", "sala de reuniones;reservar sala;sala;pantalla", "quiero reservar una sala|cuánto vale la sala de juntas|tienen salas para reuniones"],
 ["¿Cómo cancelo una reserva de sala?", "Puede cancelar sin costo hasta 24 horas antes desde Mis reservas en la app. Si cancela con menos de 24 horas o no llega, se cobra el 50 % de la reserva.", "salas", "cancelar reserva;anular;no puedo ir;multa", "quiero cancelar la reserva|cómo anulo la sala|me cobran si no voy"],
 ["¿Tienen parqueadero?", "Tenemos 10 cupos de carro a $8.000 el día ($120.000 al mes para miembros), por orden de llegada. El parqueo de motos cuesta $3.000 el día y el de bicicletas es gratis.", "general", "parqueadero;carro;moto;bicicleta;parquear", "dónde parqueo|hay parqueo para moto|se puede dejar el carro"],
 ["¿Qué tan rápido es el internet?", "Tenemos fibra óptica de 500 Mbps simétrica con respaldo 4G si se cae la línea. Los escritorios fijos tienen además conexión por cable. Para llamadas recomendamos las cabinas telefónicas del segundo piso, que son gratis.", "general", "internet;wifi;velocidad;fibra;conexión", "cómo es el wifi|el internet es bueno|qué velocidad tiene la conexión"],
 ["¿Puedo usar su dirección para registrar mi empresa?", "Sí, con el servicio de domiciliación por $150.000 al mes: puede usar nuestra dirección ante la Cámara de Comercio y la DIAN, y recibimos su correspondencia y paquetes. Se contrata por mínimo 6 meses.", "servicios", "domiciliación;dirección comercial;cámara de comercio;correspondencia", "dirección para la empresa|reciben correspondencia|domicilio fiscal"],
 ["¿El café está incluido?", "Sí, el café de Urrao, las aromáticas y el agua son ilimitados para todos. La cocina tiene nevera y microondas. Los snacks y el almuerzo del día ($18.000) se pagan aparte.", "general", "café;aromática;cocina;microondas;comida", "hay café gratis|dónde caliento el almuerzo|tienen cocina"],
 ["¿Puedo llevar a mi perro?", "Sí, somos pet friendly: perros pequeños y medianos con el carné de vacunas al día y con correa. No pueden entrar a las salas de reuniones ni a la cocina.", "general", "perro;mascota;pet friendly;gato", "aceptan mascotas|puedo ir con mi perrita|son pet friendly"],
 ["¿Qué medios de pago aceptan?", "Aceptamos tarjeta débito y crédito, Nequi, Daviplata, transferencia a Bancolombia y efectivo. Todas las compras tienen factura electrónica.", "pagos", "pago;tarjeta;nequi;transferencia;factura", "puedo pagar con tarjeta|reciben transferencia|me dan factura"],
 ["¿Puedo ir un día de prueba gratis?", "Sí, la primera visita es gratis: escríbanos por WhatsApp al 300 555 1020 para reservar el día y traiga su cédula. Es un solo día por persona.", "precios", "prueba;gratis;primera vez;conocer", "puedo conocer el espacio|hay día gratis|quiero probar antes de pagar"],
 ["¿Tienen lockers?", "Sí, un locker con llave cuesta $40.000 al mes; con escritorio fijo u oficina privada viene incluido. No hay lockers por día.", "servicios", "locker;casillero;guardar;llave", "dónde dejo mis cosas|alquilan casilleros|hay lockers"],
 ["¿Se puede imprimir?", "Sí: blanco y negro $300 la página y color $1.000 la página. Escanear es gratis. Los miembros mensuales tienen 100 páginas en blanco y negro gratis al mes.", "servicios", "imprimir;impresora;escáner;fotocopias", "tienen impresora|cuánto vale imprimir|se puede escanear"],
 ["¿Cómo cancelo mi plan mensual?", "Avísenos por correo a hola@lacasonacowork.example con 15 días de anticipación antes de la fecha de corte; no hay multa. El depósito se devuelve en 5 días hábiles por transferencia.", "precios", "cancelar plan;retirarme;dar de baja;depósito", "quiero cancelar la membresía|cómo me salgo del plan|me devuelven el depósito"],
]

def F(i):
    return 'FAQ: "%s"' % FAQ[i][0]

CH = "[if the bot showed choices, type this instead of tapping] "
REJ = "[if the bot showed choices or an answer, type this instead of tapping] "
AFTER = "[after the bot handed over to a person] "
WAIT = "[wait 60 s before sending] "

PLAN = [
 (1, "que mas pues, buenas! cuanto vale ir a camellar alla un dia no mas?", F(0) + " — $45.000 COP, 8 a. m. a 8 p. m., wifi y café; greeting may be returned briefly", "only a greeting; the monthly plans; choices instead of the price"),
 (1, "y el sabado?", F(1) + " — sábados de 8:00 a. m. a 2:00 p. m.", "the day-pass price again; 'no entiendo'; the parking entry"),
 (1, "y si me quedo todo el mes sale mas barato o que", F(2) + " — flexible $480.000/mes, fijo $650.000, oficina privada $2.400.000", "cancelling a plan; the day pass again"),
 (1, "bacano. y si necesito sacar unas hojas en papel?", F(13) + " — B/N $300, color $1.000 por página", "not covered; the lockers entry"),
 (2, "parce tienen un cuarto cerrado pa hablar con clientes por video sin ruido?", F(3) + " — sala 6 personas $35.000/h, 8 personas $50.000/h, con pantalla", "only the internet speed; a handover; not covered"),
 (2, CH + "ah y puedo llevar a la perrita? es chiquitica", F(9) + " — sí, con carné de vacunas y correa, no en salas", "ignoring the typed question and repeating the choices; not covered"),
 (2, "otra cosa: hay donde dejar la moto? y se puede pagar por nequi?", "Both " + F(5) + " — moto $3.000/día + " + F(10) + " — sí, Nequi", "answering only one of the two without pointing to the other"),
 (2, "listo, gracias, chao pues", "Small talk: thanks + goodbye — short friendly closing", "a FAQ answer; a handover"),
 (3, "hay donde guardar mis cosas alla?", F(12) + " — locker $40.000/mes; or choices with it", "a handover; the parking entry"),
 (3, REJ + "no no, no es eso ome. lo que quiero es que me lleguen las cartas y los paquetes de la empresa a la direccion de ustedes", F(7) + " — domiciliación, Cámara de Comercio, recibe correspondencia", "lockers again; not covered"),
 (3, "y eso cuanto sale al mes?", F(7) + " — $150.000 al mes, mínimo 6 meses", "the monthly desk plans; the day pass"),
 (3, "ustedes me pueden llevar la contabilidad tambien?", "Not covered by the FAQ (accounting services are not offered) — honest, offer a person", "the business-address entry as if it included accounting; inventing a price"),
 (4, "me voy pa bogota el otro mes, como hago pa ya no seguir pagando lo del escritorio?", F(14) + " — aviso 15 días antes del corte por correo, sin multa, depósito en 5 días hábiles", "cancelling a room booking; claiming it is cancelled"),
 (4, "eso no fue lo que le pregunte. yo quiero saber si me devuelven la plata que deje al entrar", "Push-back (first time) — apologise; the deposit is returned in 5 business days, or ask what is missing / offer a person", "the identical answer with no apology; a handover without a word"),
 (4, "otra vez lo mismo?? que pereza este robot, paseme con alguien de verdad pues!", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer; choices; asking to rephrase"),
 (4, WAIT + "hola?? hay alguien o que", "Waiting — reassure that a person has been told, no FAQ answer, no invented wait time", "a FAQ answer; a new handover loop; an invented time"),
 (5, "que pena con usted pero estoy mamado, la senal se me cae en todas las videollamadas y tengo reunion con un cliente!!", F(6) + " — apology; fibra 500 Mbps con respaldo 4G, cable en escritorios fijos, cabinas telefónicas gratis", "only 'lo siento'; immediate handover without the facts; the meeting-room entry"),
 (5, "y de paso sabe a que horas juega el nacional el domingo?", "Not covered by the FAQ (football) — honest, short", "the opening hours entry; choices"),
 (5, "mejor que me llame alguien al 314 555 2871 pa que me revisen la conexion", "Request for a person (callback with a number) — hand over, confirm the number is passed on", "asking for the number again; a FAQ answer"),
 (5, AFTER + "y eso se demora mucho?", "Waiting — someone will get back; no invented time", "inventing '5 minutos'; a FAQ answer about hours"),
 (6, "vos sos un robot o una persona?", "Small talk: are you a bot — say honestly it is an automatic assistant, offer help or a person", "claiming to be human; a FAQ answer"),
 (6, "ah bueno. el tinto lo regalan? y me dejan ir un dia a echar ojo sin soltar un peso?", "Both " + F(8) + " — café ilimitado gratis + " + F(11) + " — primera visita gratis, WhatsApp 300 555 1020", "only one of the two; the day-pass price instead of the free trial"),
 (6, "hagale pues mijo, paseme con una persona de carne y hueso de una", "Request for a person (dialect) — hand over", "not recognising 'persona de carne y hueso'; a FAQ answer"),
 (6, WAIT + "alo?? alguien por ahi?", "Waiting — reassure, no FAQ answer, no invented wait time", "greeting as if a new chat; a FAQ answer"),
 (7, "el jueves ya no puedo llegar a lo que aparte, como hago?", F(4) + " — sin costo hasta 24 h antes en Mis reservas; or ask whether it is the room booking or the plan", "saying it was cancelled; cancelling the monthly plan entry only"),
 (7, "si", "Ambiguous si — acknowledge or ask what exactly; never claim the booking was cancelled", "'su reserva fue cancelada'; a random FAQ entry"),
 (7, "ok listo", "Small talk: acknowledgement — short reply", "a FAQ answer; a handover"),
]

if __name__ == "__main__":
    write("es", FAQ, PLAN)
