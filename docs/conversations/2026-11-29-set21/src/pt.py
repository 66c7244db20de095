"""pt: Cowork Bolhão (Porto, Portugal). Run from src/: python3 pt.py"""
from common_b import write

Q_DIA = "Quanto custa o passe diário?"
Q_HOR = "Qual é o horário do cowork?"
Q_CAF = "O café está incluído?"
Q_IMP = "Posso imprimir no cowork?"
Q_MOR = "Posso usar a vossa morada para a minha empresa?"
Q_PAG = "Que formas de pagamento aceitam?"
Q_SAL = "Como reservo uma sala de reuniões e quanto custa?"
Q_VIS = "Posso receber visitas ou clientes?"
Q_FIX = "Quanto custa uma secretária fixa?"
Q_CAC = "Há cacifos?"
Q_EST = "Há estacionamento perto do cowork?"
Q_CAN = "Como cancelo uma reserva de sala?"
Q_EXP = "Posso experimentar antes de me inscrever?"
Q_CAO = "Posso levar o meu cão?"
Q_NET = "Como é a internet?"

FAQ = [
    (Q_DIA, "O passe diário custa 15 € (IVA incluído) e dá acesso das 8h30 às 20h00 a uma secretária livre na sala aberta, com café e internet. Pack de 10 dias: 120 €, válido 3 meses.", "preços", ["passe diário", "dia", "avulso", "pack"], ["quanto é um dia de trabalho aí", "preço por dia"]),
    (Q_HOR, "Dias úteis das 8h30 às 20h00, sábados das 10h00 às 14h00. Domingos e feriados fechado. Quem tem secretária fixa entra 24 horas por dia, 7 dias por semana, com o cartão de acesso.", "espaço", ["horário", "abertura", "sábado", "feriados"], ["a que horas abrem", "estão abertos ao fim de semana"]),
    (Q_CAF, "Sim, café de máquina, chá e água à vontade para todos os membros e passes diários. A pastelaria do rés-do-chão faz 10 % de desconto no pequeno-almoço e no almoço a quem mostrar o cartão do cowork.", "espaço", ["café", "chá", "bebidas", "pastelaria"], ["há café à borla", "pode-se beber café"]),
    (Q_IMP, "Sim, na impressora multifunções do 1.º andar. Secretária fixa: 50 páginas a preto e branco grátis por mês. Depois, e para passes diários: 0,10 € por página a preto e branco, 0,30 € a cores. Digitalizar é grátis.", "serviços", ["imprimir", "impressora", "impressões", "digitalizar"], ["há impressora", "quanto custa imprimir"]),
    (Q_MOR, "Sim, com o serviço de domiciliação: 35 €/mês + IVA. Podes usar a morada Rua de Fernandes Tomás 512, 4000-214 Porto como sede ou morada comercial; recebemos o correio e avisamos por email no próprio dia. Digitalização das cartas: mais 10 €/mês.", "serviços", ["morada", "domiciliação", "sede", "correio", "cartas"], ["domiciliação de empresa", "recebem correio por mim"]),
    (Q_PAG, "MB Way, Multibanco, cartão de débito ou crédito e transferência bancária. As mensalidades pagam-se até ao dia 8 de cada mês. Passamos fatura com NIF.", "pagamentos", ["pagamento", "MB Way", "Multibanco", "cartão", "fatura"], ["aceitam MB Way", "como se paga a mensalidade"]),
    (Q_SAL, "Pela app do cowork ou na receção. Sala pequena (até 4 pessoas): 12 €/hora; sala grande (até 10 pessoas, com ecrã de 65\"): 25 €/hora. Quem tem secretária fixa tem 5 horas de sala grátis por mês.", "salas", ["sala de reuniões", "reservar sala", "reunião"], ["quero marcar uma sala", "preço da sala de reuniões"]),
    (Q_VIS, "Sim. As visitas não pagam: podem estar até 1 hora na zona comum ou o tempo que quiseres numa sala reservada. Registam-se na receção à entrada.", "espaço", ["visitas", "convidados", "clientes"], ["posso trazer um cliente", "os convidados pagam"]),
    (Q_FIX, "190 €/mês + IVA: secretária só tua, cadeira ergonómica, acesso 24/7, cacifo, 5 horas de sala por mês e 50 impressões. Contrato mensal com 30 dias de aviso prévio.", "preços", ["secretária fixa", "mensalidade", "lugar fixo", "residente"], ["preço de um lugar fixo", "quanto é por mês"]),
    (Q_CAC, "Sim. Para secretária fixa o cacifo está incluído; para os outros custa 15 €/mês. Os cacifos têm cadeado de código e ficam no 1.º andar.", "espaço", ["cacifo", "guardar coisas", "locker"], ["onde deixo as minhas coisas", "têm lockers"]),
    (Q_EST, "Não temos estacionamento próprio. O parque de Fernandes Tomás fica a 2 minutos: com o carimbo da nossa receção pagas 8 € pelo dia inteiro (sem carimbo é por hora). De transportes: metro Bolhão a 3 minutos, autocarros na Rua de Santa Catarina.", "espaço", ["estacionamento", "estacionar", "garagem", "metro"], ["onde posso estacionar", "como chego de metro"]),
    (Q_CAN, "Cancelamento grátis até 24 horas antes, na app ou na receção. Com menos de 24 horas paga-se 50 % da reserva; se não aparecer, paga-se tudo. As horas grátis dos fixos contam da mesma forma.", "salas", ["cancelar", "cancelamento", "desmarcar", "reserva"], ["quero cancelar a sala", "desmarcar reunião"]),
    (Q_EXP, "Sim, o primeiro dia é grátis. Marca pelo email ola@coworkbolhao.pt ou na receção, com pelo menos 1 dia de antecedência, e traz o cartão de cidadão.", "preços", ["experimentar", "dia grátis", "teste", "visita"], ["há um dia grátis", "posso conhecer o espaço"]),
    (Q_CAO, "Cães pequenos (até 10 kg) são bem-vindos às sextas-feiras, com trela e a cama deles. Nos outros dias não, por causa de membros com alergias.", "espaço", ["cão", "animais", "pet friendly"], ["aceitam animais", "posso trazer o cachorro"]),
    (Q_NET, "Fibra de 1 Gbps com wifi em todo o espaço e cabo de rede em cada secretária fixa. Há uma ligação 4G de reserva que entra sozinha se a fibra falhar. Problemas: avisa a receção ou o número 220 145 678.", "serviços", ["internet", "wifi", "fibra", "rede"], ["a net é boa", "qual é a velocidade"]),
]

T = "[type, do not tap] [if the bot showed choices, type this instead of tapping]"
R = "[type, do not tap] [if the bot showed choices or an answer, type this instead of tapping]"
W = "[wait 60 s before sending] [after the bot handed over to a person]"
PLAN = [
    (1, "boas! quanto é para ir trabalhar ai so um dia? e abrem a que horas?", f'Both FAQ: "{Q_DIA}" + FAQ: "{Q_HOR}" — 15 €; weekdays 8h30-20h00 (Sat 10-14)', "the fixed desk price; only one half without pointing to the other"),
    (1, "e da para beber um cafezinho?", f'FAQ: "{Q_CAF}" — yes, coffee, tea and water included', "'not covered'; the opening hours"),
    (1, "e se precisar de tirar umas folhas?", f'FAQ: "{Q_IMP}" — 0,10 € per page b/w, 0,30 € colour for day passes', "the 50 free pages of the fixed desk as if they applied; 'not covered'"),
    (1, "fixe, obrigadinho", "Small talk: thanks + acknowledgement — short reply", "a FAQ answer; a handover"),
    (2, "queria uma informação", "Too vague to answer — choices or a clarifying question, no handover", "a random FAQ answer; a handover"),
    (2, "posso receber as cartas da minha empresa ai?", f'{T} FAQ: "{Q_MOR}" — yes, domiciliação 35 €/mês + IVA, mail notice by email', "the meeting rooms; 'not covered'"),
    (2, "quanto é isso ao certo? e da para pagar por mb way?", f'Both FAQ: "{Q_MOR}" + FAQ: "{Q_PAG}" — 35 €/mês + IVA (scanning +10 €); yes MB Way', "the day pass price; only one half"),
    (2, "tu és um robô ou uma pessoa?", "Small talk: are you a bot — honest: an automatic assistant; can offer a person", "claiming to be a person; a FAQ answer"),
    (3, "quanto custa?", "Too vague to answer — choices (passe diário, secretária fixa, salas…) or a question", "one arbitrary price as if it were the answer; handover"),
    (3, "nao nao. preciso de um sitio para estar com 6 pessoas na quinta de manha", f'{R} FAQ: "{Q_SAL}" — big room (up to 10) 25 €/hora, book in the app or at reception', "the small room for 4; the day pass; repeating the choices"),
    (3, "e eles tem de pagar alguma coisa para entrar?", f'FAQ: "{Q_VIS}" — no, visitors do not pay; register at reception', "the room price again; the day pass for each visitor"),
    (3, "e voces tratam tambem da contabilidade? preciso de alguem para o irs", "Not covered by the FAQ (accounting not offered) — honest, may offer a person", "the company address service as if it answered; saying yes"),
    (4, "estou a pensar ficar com uma mesa so para mim. quanto fica por mes e tenho onde deixar o portatil?", f'Both FAQ: "{Q_FIX}" + FAQ: "{Q_CAC}" — 190 €/mês + IVA; locker included', "the day pass; only one half"),
    (4, "e se me roubarem o pc ha algum seguro?", "Not covered by the FAQ (insurance for members' equipment) — honest, offer a person", "the locker entry as if it answered; inventing cover"),
    (4, "não foi isso que perguntei", "Push-back (first time) — apologise, ask what is missing or offer a person", "the same answer again"),
    (4, "estás a gozar comigo? passa-me a alguém a sério, já!", "Push-back (second time in a row) + angry request for a person — hand over now", "another FAQ answer or choices; not handing over"),
    (4, "está alguém aí??", f"{W} Waiting — reassure that a person will answer, no FAQ answer", "a FAQ answer; the opening hours; inventing a wait time"),
    (5, "paguei 14 euros para deixar o carro aqui ao lado e ninguém me disse nada de desconto!!! que falta de respeito", f'FAQ: "{Q_EST}" — with the reception stamp the car park is 8 € for the whole day; ideally an apology', "payment methods; only choices"),
    (5, "já agora o porto joga a que horas no domingo?", "Not covered by the FAQ (football, FC Porto) — short honest reply", "the opening hours; any FAQ entry"),
    (5, "deixa. liguem-me para o 912 345 678 sff", "Request for a person (callback with a number) — hand over / confirm a person will call", "the internet support number as the only reply; ignoring the number"),
    (5, "e demora muito?", f"{W} Waiting — reassure, no invented time, no FAQ answer", "the parking or opening hours; promising a time"),
    (6, "olá, amanhã às 10h afinal já não vou precisar do espaço que marquei, o cliente desmarcou. como faço?", f'FAQ: "{Q_CAN}" — free until 24 h before in the app or at reception; less than 24 h: 50 %; must not claim it is cancelled', "saying it is cancelled; the room prices"),
    (6, "sim", "Ambiguous yes — acknowledge or ask what they mean; never claim the booking was cancelled", "'your booking has been cancelled'"),
    (6, "ó amigo isto assim não dá, carago. quero falar com alguém daí", "Request for a person (mild Porto: 'carago', 'ó amigo') — hand over", "another explanation of the cancellation rule"),
    (7, "bom dia! dá para ir ver como é antes de decidir? e o meu patudo pode ir comigo?", f'Both FAQ: "{Q_EXP}" + FAQ: "{Q_CAO}" — first day free, book 1 day ahead; small dogs (up to 10 kg) on Fridays only', "the day pass price; only one half"),
    (7, "e a net aguenta videochamadas? trabalho muito com clientes lá fora", f'FAQ: "{Q_NET}" — fibra 1 Gbps, cable at fixed desks, 4G backup', "meeting rooms; visitors"),
    (7, "ok obrigado, até logo", "Small talk: goodbye (+ thanks) — short reply", "a FAQ answer; a handover"),
]

if __name__ == "__main__":
    write("pt", FAQ, PLAN)
