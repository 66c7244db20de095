"""pt: Casa das Redes Boto-Rosa (made up), a hammock shop in the centre of Manaus, Amazonas, Brazil; the owner writes
standard Brazilian Portuguese, customers write everyday manauara Portuguese (égua, pai d'égua, mana, mano, maninha,
leseira, lesa, curumim, ixe, tu + third-person verb, recreio, flutuante, vcs, pra, tá, tô). The bot serves pt-BR."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECOS = "Quais redes vocês vendem e quanto custam?"
Q_TAMANHO = "Qual é o tamanho das redes e quanto peso aguentam?"
Q_BARCO = "Qual rede é boa para viagem de barco?"
Q_GANCHOS = "Vocês instalam ganchos para rede?"
Q_ENTREGA = "Vocês entregam em Manaus?"
Q_ENVIO = "Vocês enviam para outros estados?"
Q_LAVAR = "Como lavar a rede?"
Q_BORDADO = "Vocês bordam nome na rede?"
Q_PAGAMENTO = "Quais são as formas de pagamento?"
Q_TROCA = "Posso trocar ou devolver a rede?"
Q_LOJA = "Onde fica a loja e qual é o horário?"
Q_BEBE = "Vocês têm rede para bebê?"
Q_ATACADO = "Vocês vendem no atacado para pousadas?"
Q_CANCELAR = "Posso cancelar um pedido?"
Q_GARANTIA = "A rede tem garantia?"

FAQ = [
    (Q_PRECOS,
     "Rede de algodão solteiro R$ 89 e casal R$ 139; rede de nylon para viagem R$ 69; rede de varanda com franja, "
     "tecida em tear, R$ 249; rede de fibra de buriti, feita à mão no interior do Amazonas, R$ 320; rede infantil R$ 59. "
     "As cores disponíveis estão nas fotos do nosso WhatsApp (92) 98147-3320.",
     "produtos", ["preço", "valor", "algodão", "buriti", "varanda"],
     ["quanto custa uma rede de casal", "tem rede de buriti", "qual a rede mais barata"]),
    (Q_TAMANHO,
     "Solteiro: 3,20 m de ponta a ponta, pano de 1,40 m de largura, aguenta até 100 kg. Casal: 3,60 m, pano de 2 m, "
     "até 180 kg. A distância ideal entre os ganchos é de 3 a 3,5 m para a de solteiro e de 3,5 a 4 m para a de casal, "
     "com os ganchos a 1,70 m ou 1,80 m do chão.",
     "produtos", ["tamanho", "medida", "peso", "casal", "solteiro"],
     ["quantos quilos aguenta", "a de casal cabe duas pessoas", "qual a distância dos ganchos"]),
    (Q_BARCO,
     "Para barco de recreio indicamos a rede de nylon: leve (600 g), seca rápido e cabe na mochila, R$ 69; com "
     "mosquiteiro acoplado, R$ 119. As cordas de punho não vêm junto: o par de 1,5 m custa R$ 15. Leve a rede já "
     "com as cordas amarradas para armar no barco assim que embarcar.",
     "produtos", ["viagem", "barco", "recreio", "nylon", "mosquiteiro"],
     ["rede pra viajar de barco", "qual rede levar pra Parintins", "rede com mosquiteiro"]),
    (Q_GANCHOS,
     "Sim. O par de armadores de aço (até 200 kg) custa R$ 25. A instalação em Manaus custa R$ 80 o par em parede de "
     "alvenaria e R$ 60 em madeira, com visita agendada em até 2 dias úteis. Não instalamos em drywall, gesso nem "
     "parede com menos de 10 cm de espessura.",
     "serviços", ["gancho", "armador", "instalação", "parede", "furar"],
     ["vocês colocam armador", "quanto custa instalar o gancho", "dá pra pendurar na parede de gesso"]),
    (Q_ENTREGA,
     "Sim, por motoboy de segunda a sábado: Centro, Zona Sul e Centro-Sul R$ 12; Zonas Norte, Leste, Oeste e "
     "Centro-Oeste R$ 20. Grátis em compras acima de R$ 300. Pedidos feitos até 14h são entregues no mesmo dia; depois, "
     "no dia útil seguinte.",
     "entrega", ["entrega", "motoboy", "taxa de entrega", "bairro"],
     ["entregam no Japiim", "quanto é a entrega", "chega hoje"]),
    (Q_ENVIO,
     "Sim, pelos Correios (PAC ou SEDEX) para todo o Brasil, com código de rastreio. O frete é calculado pelo CEP. "
     "Prazos a partir de Manaus: Norte 5 a 10 dias úteis, Nordeste 8 a 14, Sudeste e Sul 10 a 18. Se passar do prazo, "
     "abrimos reclamação nos Correios e, se o pacote se perder, reenviamos sem custo em até 5 dias úteis.",
     "entrega", ["Correios", "envio", "frete", "rastreio", "SEDEX"],
     ["mandam pra São Paulo", "quanto tempo demora pelos Correios", "qual o valor do frete"]),
    (Q_LAVAR,
     "Redes de algodão e nylon: à mão ou na máquina no ciclo delicado, dentro de uma fronha, com sabão neutro e sem "
     "alvejante. Não torça os punhos e seque à sombra com a rede aberta; nylon seca em cerca de 2 horas. Rede de buriti "
     "não se molha: limpe só com escova seca.",
     "cuidados", ["lavar", "lavagem", "máquina", "secar", "limpar"],
     ["pode lavar na máquina", "como limpar a rede de buriti", "como secar a rede"]),
    (Q_BORDADO,
     "Sim. Bordamos nome ou frase de até 15 letras por R$ 35, em 3 dias úteis, com linha na cor que o cliente "
     "escolher. Logotipo para pousadas e hotéis, só a partir de 20 redes, com orçamento pelo WhatsApp. Redes bordadas "
     "não podem ser trocadas.",
     "serviços", ["bordado", "bordar", "nome", "personalizada"],
     ["dá pra bordar o nome", "quanto custa o bordado", "fazem rede personalizada"]),
    (Q_PAGAMENTO,
     "Pix com 5 % de desconto, dinheiro, débito e crédito: até 3x sem juros em compras acima de R$ 150. Para envios "
     "pelos Correios mandamos link de pagamento ou chave Pix. Emitimos nota fiscal.",
     "pagamento", ["pagamento", "Pix", "cartão", "parcelar", "desconto"],
     ["aceitam cartão", "dá pra parcelar", "tem desconto no pix"]),
    (Q_TROCA,
     "Na loja, troca em até 30 dias com a etiqueta e sem uso, por outra rede ou cor. Compras pelo WhatsApp com entrega "
     "ou envio: pode desistir em até 7 dias do recebimento e devolvemos o valor; o frete de devolução é por sua conta, "
     "salvo defeito. Redes bordadas não são trocadas.",
     "compras", ["troca", "trocar", "devolver", "devolução", "etiqueta"],
     ["posso trocar a cor", "quero devolver a rede", "qual o prazo de troca"]),
    (Q_LOJA,
     "Rua dos Barés, 418, Centro, em frente ao Mercado Adolpho Lisboa. Segunda a sexta das 8h às 18h, sábado das 8h às "
     "14h e domingo das 8h às 12h. Feriados fechado. Telefone (92) 3233-5071, WhatsApp (92) 98147-3320.",
     "loja", ["endereço", "horário", "loja", "domingo", "Centro"],
     ["abre domingo", "onde fica a loja", "que horas fecha"]),
    (Q_BEBE,
     "Sim: rede de bebê com mosquiteiro R$ 89, para bebês até 12 kg (mais ou menos 9 meses), e mola de balanço com "
     "gancho R$ 45. O bebê nunca deve ficar na rede sem um adulto por perto. Para crianças maiores, a rede infantil "
     "(R$ 59) aguenta até 40 kg.",
     "produtos", ["bebê", "criança", "infantil", "mola"],
     ["tem rede pra recém-nascido", "rede infantil", "quanto custa a rede de bebê"]),
    (Q_ATACADO,
     "Sim. A partir de 10 redes, 10 % de desconto; a partir de 30, 15 %. Pedidos acima de 50 redes ficam prontos em até "
     "10 dias úteis. Emitimos nota fiscal para CNPJ e entregamos grátis em Manaus; para flutuantes e pousadas no rio, "
     "levamos até o porto da Manaus Moderna.",
     "compras", ["atacado", "pousada", "hotel", "quantidade", "desconto"],
     ["preço pra quantidade", "tenho uma pousada", "vendem pra revenda"]),
    (Q_CANCELAR,
     "Sim, sem custo até a saída para entrega ou a postagem, pelo WhatsApp (92) 98147-3320. O estorno no Pix é feito em "
     "1 dia útil; no cartão, aparece em até 2 faturas. Se o bordado já foi feito, cobramos R$ 35 por rede bordada. "
     "Depois de postado ou entregue, vale a regra de troca e devolução.",
     "compras", ["cancelar", "desistir", "estorno", "reembolso"],
     ["quero cancelar a compra", "desisti do pedido", "como faço o estorno"]),
    (Q_GARANTIA,
     "Sim, 90 dias contra defeito de fabricação: costura abrindo, punho soltando ou tecido desfiando. Não cobre rasgo "
     "por prego ou objeto cortante, uso acima do peso indicado nem mofo por guardar a rede molhada. Mande fotos pelo "
     "WhatsApp: consertamos em 5 dias úteis ou trocamos por uma nova.",
     "compras", ["garantia", "defeito", "costura", "conserto"],
     ["a rede rasgou", "tem garantia de quanto tempo", "a costura abriu"]),
]

PLAN = [
    [  # 1
        ("bom dia! vou de recreio pra Parintins semana que vem, qual rede vcs indicam pra viagem? e entregam lá no "
         "Japiim?",
         "Small talk greeting + " + both(Q_BARCO, Q_ENTREGA) + " — the nylon hammock, light and quick-drying, R$ 69 (R$ "
         "119 with a mosquito net); Japiim is in the Zona Sul: delivery R$ 12, same day if ordered by 14h, free above "
         "R$ 300. (`recreio` = passenger riverboat.)",
         "Only one half without pointing to the other; the buriti hammock for a boat trip; 'we don't deliver'."),
        ("e as cordas já vêm junto?",
         faq(Q_BARCO) + " — no: the pair of 1,5 m ropes costs R$ 15 extra; tie them on before boarding.",
         "'Yes, included'; the wall hooks (armadores) entry; the size entry."),
        ("e se ela molhar no barco, seca rápido? como lava depois?",
         faq(Q_LAVAR) + " — nylon dries in about 2 hours; by hand or on the delicate machine cycle in a pillowcase, "
         "mild soap, no bleach, do not twist the ends, dry open in the shade.",
         "The buriti care rule ('never wet') for the nylon; the warranty entry."),
        ("égua, pai d'égua! brigadão, mana. até mais",
         "Small talk: acknowledgement + thanks + goodbye (`égua` = wow, `pai d'égua` = great, `brigadão` = thanks a lot, "
         "`mana` = sis, mate) — short friendly close.",
         "A long FAQ answer; choices; a handover; taking `égua` literally."),
    ],
    [  # 2
        ("oi, tudo bem? queria tirar uma dúvida",
         "Too vague to answer — choices (hammocks, delivery, hooks...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("comprei apartamento novo no Adrianópolis e a varanda não tem onde pendurar nada, vcs mandam alguém pra fazer os "
         "buracos e colocar aquele negócio?",
         TYPE + faq(Q_GANCHOS) + " — yes: steel hooks R$ 25 a pair, fitting in Manaus R$ 80 a pair in masonry (R$ 60 in "
         "wood), a visit within 2 working days; not in drywall or plaster.",
         "Tapping a choice; 'we only sell hammocks'; the delivery entry; the veranda hammock price as the answer."),
        ("e se a parede for daquelas de gesso?",
         faq(Q_GANCHOS) + " — they do not fit hooks in drywall, plaster or walls under 10 cm thick.",
         "'No problem, same price'; the size entry."),
        ("mana, tu é robô ou é gente mesmo? pergunto sem leseira, viu",
         "Small talk: are you a bot (`tu é` = você é, `sem leseira` = seriously, no nonsense) — honest: an automated "
         "assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("oi, é sobre a rede que comprei aí",
         "Too vague to answer — choices (warranty, exchange, washing...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("não é nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("um dos punhos tá soltando, já dá pra ver os fios puxando, e ela só tem um mês de uso. meu marido pesa uns 80",
         faq(Q_GARANTIA) + " — 90 days against manufacturing faults, an end coming loose is one; 80 kg is within the "
         "load; send photos by WhatsApp, repaired in 5 working days or replaced.",
         "The exchange entry (30 days, unused with the label); the size entry alone; blaming the weight."),
        ("vcs também consertam rede velha? a da minha vó tá rasgada no meio, é de estimação",
         "Not covered (near the trade: repairing old hammocks from elsewhere, not offered; the warranty repair is only "
         "for their own within 90 days) — says so honestly, may offer a person; no price.",
         "Inventing a repair service or price; the warranty entry as if it applied; the washing entry."),
    ],
    [  # 4
        ("a de casal cabe duas pessoas grandes mesmo? e dá pra parcelar no cartão?",
         both(Q_TAMANHO, Q_PAGAMENTO) + " — double: 3,60 m, 2 m wide cloth, up to 180 kg; up to 3 interest-free "
         "instalments on purchases over R$ 150 (the double at R$ 139 alone is below that), 5 % off by Pix.",
         "Only one half without pointing to the other; inventing a higher load; '10x'."),
        ("não, não foi isso que perguntei. tenho um flutuante no Tarumã e preciso de umas 25 pros hóspedes, sai mais em "
         "conta levando tudo junto?",
         "Acknowledges the push-back + " + faq(Q_ATACADO) + " — from 10 hammocks 10 % off (15 % from 30), so 10 % for "
         "25; invoice for a CNPJ; delivered to the Manaus Moderna port for floating lodges. (`flutuante` = floating "
         "house or lodge on the river, `Tarumã` = a river area near Manaus.)",
         "Repeating the size/payment answer; 15 % for 25; the embroidery entry."),
        ("ixe, de novo errado! que leseira é essa? não aguento mais, me passa pra alguém de verdade da loja agora, mano",
         "Push-back (second time in a row) + request for a person (annoyed; `ixe` = ugh, `leseira` = nonsense, `mano` "
         "= mate) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("e aí, alguém vai me responder ou não?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time."),
    ],
    [  # 5
        ("ABSURDO!!! comprei 2 redes pro meu filho em Curitiba há 20 dias, paguei R$ 78 pra mandar e até agora NADA. o "
         "código não atualiza faz uma semana. vcs tão de brincadeira comigo?",
         faq(Q_ENVIO) + " — calm, apologises: to the South the Correios take 10 to 18 working days (20 calendar days "
         "are about 14 working days, still within the deadline); past the deadline the shop opens a claim with the Correios and, if the parcel is "
         "lost, sends it again free within 5 working days; offering a person to check the tracking is good.",
         "Cold rule ignoring the anger; promising a refund outright; the Manaus motoboy delivery; the exchange entry."),
        ("tu sabe se o Teatro Amazonas abre pra visita no domingo?",
         "Not covered (unrelated: visiting the opera house) — says it cannot help with that, no FAQ answer. (`tu sabe` "
         "= você sabe.)",
         "Inventing the theatre's hours; the shop's Sunday hours as if they were the theatre's."),
        ("pede pra dona me ligar amanhã cedinho, antes das 9, no (92) 99231-4406",
         "Hands over / passes on a callback request to (92) 99231-4406 tomorrow early, before 9h (the shop opens at "
         "8h); no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's phone; an FAQ answer."),
        ("e vai demorar muito?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The Correios or delivery times; promising an exact time."),
    ],
    [  # 6
        ("fiz um pedido ontem de 3 redes com o nome dos curumins bordado, mas minha cunhada já deu umas iguaizinhas de "
         "presente pra eles. agora não vou mais precisar",
         faq(Q_CANCELAR) + " — free until it leaves for delivery or is posted, by WhatsApp (92) 98147-3320; if the "
         "embroidery is already done, R$ 35 per embroidered hammock; refund by Pix in 1 working day or on the card "
         "within 2 statements. Must not claim the order is cancelled. (`curumins` = kids.)",
         "Claiming it is cancelled now; the exchange entry ('embroidered hammocks cannot be exchanged') as the whole "
         "answer; the embroidery price entry."),
        ("hum, tá certo",
         "Ambiguous yes — asks whether to cancel the order, or explains the next step; must not claim anything is "
         "cancelled.",
         "Saying the order is now cancelled; a random FAQ entry."),
        ("paguei no pix, volta em quanto tempo?",
         faq(Q_CANCELAR) + " — a Pix refund takes 1 working day (minus R$ 35 per hammock already embroidered).",
         "The payment entry (5 % off by Pix) as the answer; the card's 2 statements."),
        ("égua, maninha, tô é lesa com isso tudo. tem como eu falar com uma pessoa daí da loja?",
         "Hands over to a person (`égua` = gosh, `maninha` = sis, `tô é lesa` = I'm all confused) — short, no FAQ "
         "answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("boa tarde! a loja abre domingo? e vcs têm rede pra bebê?",
         "Small talk greeting + " + both(Q_LOJA, Q_BEBE) + " — Sundays 8h-12h (Rua dos Barés 418, opposite the Mercado "
         "Adolpho Lisboa); baby hammock with mosquito net R$ 89 up to 12 kg, swing spring R$ 45, never without an adult "
         "nearby.",
         "Only one half without pointing to the other; 'closed on Sundays'; the children's hammock only."),
        ("e dá pra escrever 'Raimundinho' nela com linha azul? é pro meu neto, curumim mais lindo",
         faq(Q_BORDADO) + " — yes, up to 15 letters (Raimundinho has 11) for R$ 35, in 3 working days, thread in the "
         "colour chosen; embroidered hammocks cannot be exchanged. (`curumim` = little boy.)",
         "'Not possible'; the baby hammock entry again; 'up to 10 letters'."),
        ("quanto tá a de buriti? e se minha filha não gostar da cor, troca depois?",
         both(Q_PRECOS, Q_TROCA) + " — buriti fibre hammock R$ 320; in the shop exchange within 30 days with the label "
         "and unused, for another hammock or colour (embroidered ones not).",
         "Only one half without pointing to the other; 'no exchanges'; the washing entry for buriti."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
