"""pt: Caçambas Bota-Fora Jacarepaguá (made up), a skip (caçamba de entulho) hire in Rio de Janeiro, Brazil; the owner
writes standard Brazilian Portuguese, customers write everyday carioca (caraca, sinistro, tamo junto, fui, pô, papo
reto, no talo, tá de sacanagem, mó, enrolação, na moral, cego em tiroteio, firma, mermão, sem caô, coé, pista, área).
The bot serves pt-BR."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_PRECO = "Quanto custa o aluguel da caçamba?"
Q_TAMANHO = "Qual tamanho de caçamba eu preciso?"
Q_PROIBIDO = "O que não pode ser colocado na caçamba?"
Q_PODE = "O que posso jogar na caçamba?"
Q_PRAZO = "Quantos dias posso ficar com a caçamba?"
Q_ENTREGA = "Em quanto tempo vocês entregam a caçamba?"
Q_AREA = "Quais bairros vocês atendem?"
Q_AUTORIZACAO = "Preciso de autorização para colocar a caçamba na rua?"
Q_TROCA = "Como funciona a troca da caçamba?"
Q_PAGAMENTO = "Quais são as formas de pagamento?"
Q_RETIRADA = "Como eu peço a retirada da caçamba?"
Q_CANCELAR = "Posso cancelar ou remarcar o pedido?"
Q_HORARIO = "Qual é o horário de atendimento?"
Q_EMPRESA = "Vocês fazem preço especial para construtoras e obras grandes?"
Q_DANOS = "A caçamba pode estragar minha calçada ou garagem?"

FAQ = [
    (Q_PRECO,
     "Caçamba de 4 m³: R$ 390; de 5 m³: R$ 450; de 7 m³: R$ 620. O preço inclui a entrega, 3 dias corridos de "
     "permanência, a retirada e o descarte em aterro licenciado. Cada dia a mais custa R$ 40. Valores para Zona Norte, "
     "Zona Oeste e Centro; para outras regiões há taxa de área.",
     "preços", ["preço", "valor", "aluguel", "orçamento"],
     ["quanto tá a caçamba", "qual o valor da caçamba de 5 metros", "me passa um orçamento"]),
    (Q_TAMANHO,
     "A de 4 m³ (cerca de 150 sacos de entulho) serve para a reforma de um banheiro ou de uma cozinha pequena. A de 5 m³ "
     "serve para banheiro e cozinha juntos ou para a troca de piso de um apartamento de até 70 m². A de 7 m³ é para obra "
     "grande, demolição de muro ou limpeza de terreno, mas precisa de 6 m de meio-fio livre e não sobe ladeira íngreme. "
     "Na dúvida, mande fotos da obra pelo WhatsApp (21) 97314-2086 que a gente indica.",
     "preços", ["tamanho", "metros cúbicos", "capacidade", "cabe quanto"],
     ["qual caçamba serve pra reforma de banheiro", "quantos sacos cabem na caçamba", "a de 4 metros dá?"]),
    (Q_PROIBIDO,
     "É proibido colocar lixo doméstico ou orgânico, telha de amianto, tintas, vernizes e solventes, pneus, "
     "eletrônicos, lâmpadas e baterias. O gesso só vai separado em sacos, com R$ 80 a mais. Se encontrarmos material "
     "proibido na retirada, cobramos R$ 150 e o material é devolvido ao cliente. A carga nunca pode passar da borda.",
     "uso", ["proibido", "amianto", "tinta", "lixo", "pneu"],
     ["posso jogar lixo na caçamba", "pode telha de amianto", "o que é proibido"]),
    (Q_PODE,
     "Entulho de obra (tijolo, concreto, azulejo, piso, areia, cimento), madeira, móveis velhos desmontados, restos de "
     "poda e galhos. Terra e pedra só na caçamba de 4 m³ e até a metade da altura, por causa do peso (acima de 6 "
     "toneladas o caminhão não levanta). Colchões e sofás entram com taxa de R$ 40 por peça.",
     "uso", ["entulho", "madeira", "móveis", "terra", "poda"],
     ["pode colocar móvel velho", "aceita terra", "galho de árvore pode"]),
    (Q_PRAZO,
     "O aluguel inclui 3 dias corridos, contados a partir do dia da entrega. Cada dia a mais custa R$ 40. Pela regra da "
     "prefeitura, a mesma caçamba pode ficar no máximo 10 dias na rua: depois disso é obrigatório fazer a troca ou a "
     "retirada. Se pedir a retirada antes dos 3 dias, não há desconto.",
     "prazos", ["prazo", "permanência", "dia extra", "diária"],
     ["quanto tempo a caçamba fica", "posso ficar uma semana", "quanto é o dia a mais"]),
    (Q_ENTREGA,
     "Pedidos confirmados até as 14h são entregues no mesmo dia; depois disso, no dia seguinte. Entregamos de segunda a "
     "sexta das 7h às 17h e aos sábados das 7h às 12h, de manhã (7h-12h) ou à tarde (12h-17h), à sua escolha. Alguém "
     "precisa estar no local para indicar onde a caçamba fica.",
     "prazos", ["entrega", "mesmo dia", "quando chega", "horário de entrega"],
     ["vocês entregam hoje", "em quanto tempo chega", "entregam sábado"]),
    (Q_AREA,
     "Zona Norte, Centro e Zona Oeste (incluindo Barra, Recreio, Jacarepaguá e Campo Grande) sem taxa. Zona Sul: taxa de "
     "R$ 50. Niterói, São Gonçalo e Baixada Fluminense (Duque de Caxias, Nova Iguaçu, São João de Meriti): taxa de "
     "R$ 80. Não atendemos fora da Região Metropolitana.",
     "atendimento", ["bairro", "região", "área de atendimento", "Zona Sul", "Niterói"],
     ["vocês atendem em Caxias", "entregam na Tijuca", "tem taxa pra Zona Sul"]),
    (Q_AUTORIZACAO,
     "Não: nossas caçambas são cadastradas na prefeitura, têm número e faixas refletivas, e nós cuidamos disso. A "
     "caçamba fica na rua, junto ao meio-fio, nunca na calçada, e precisa de 4 m livres de comprimento (6 m para a de "
     "7 m³), longe de garagem de vizinho, ponto de ônibus e hidrante. Dentro de condomínio, só com autorização do "
     "síndico. Rua estreita ou ladeira: fazemos uma vistoria grátis antes. Multa por caçamba sem cadastro é por nossa "
     "conta; multa por carga acima da borda ou por mudar a caçamba de lugar é do cliente.",
     "uso", ["autorização", "prefeitura", "licença", "calçada", "multa"],
     ["preciso pedir licença pra prefeitura", "a caçamba pode ficar na calçada", "e se eu levar multa"]),
    (Q_TROCA,
     "Quando a caçamba encher, peça a troca pelo WhatsApp (21) 97314-2086: levamos a cheia e deixamos uma vazia na "
     "mesma viagem. Cada troca custa o mesmo que um novo aluguel (4 m³ R$ 390, 5 m³ R$ 450) e começa um novo prazo de "
     "3 dias. Pedidos até as 12h são trocados no mesmo dia. A partir da 3ª troca na mesma obra, 10 % de desconto.",
     "prazos", ["troca", "substituir", "caçamba cheia", "segunda caçamba"],
     ["a caçamba encheu, e agora", "vocês trocam por uma vazia", "quanto custa a troca"]),
    (Q_PAGAMENTO,
     "Pix, cartão de débito ou de crédito na entrega (maquininha com o motorista) e cartão de crédito em até 3x sem "
     "juros por link. Boleto com vencimento de 15 dias só para empresas com CNPJ cadastradas. O pagamento é feito na "
     "entrega, antes de descarregar a caçamba. Emitimos nota fiscal.",
     "pagamento", ["pagamento", "pix", "cartão", "parcelar", "boleto"],
     ["aceita cartão", "dá pra parcelar", "pago na entrega ou antes"]),
    (Q_RETIRADA,
     "Mande uma mensagem no WhatsApp (21) 97314-2086 com o endereço. A retirada é feita em até 24 horas (de segunda a "
     "sábado); peça antes de vencerem os 3 dias para não pagar dia extra: vale a data do pedido, não a da retirada. A "
     "carga precisa estar nivelada, sem passar da borda; se passar, o motorista pede para tirar o excesso ou cobra "
     "R$ 100.",
     "prazos", ["retirada", "buscar", "recolher", "tirar a caçamba"],
     ["podem vir buscar a caçamba", "já terminei a obra", "como peço pra tirar"]),
    (Q_CANCELAR,
     "Sim. Remarcar a data é grátis com pelo menos 12 horas de antecedência. Cancelar é grátis até 2 horas antes do "
     "início da janela de entrega; depois disso, ou se o caminhão chegar e não puder descarregar (falta de vaga, carro "
     "parado no lugar, síndico não deixou), cobramos R$ 120 de deslocamento. O valor pago volta em até 2 dias úteis no "
     "Pix ou como estorno na fatura do cartão.",
     "pedidos", ["cancelar", "desmarcar", "remarcar", "reembolso", "desistir"],
     ["quero cancelar a caçamba", "dá pra mudar o dia da entrega", "vou receber meu dinheiro de volta"]),
    (Q_HORARIO,
     "Atendimento pelo WhatsApp (21) 97314-2086 e pelo telefone (21) 3352-8140 de segunda a sexta das 7h às 18h e aos "
     "sábados das 7h às 13h. Domingos e feriados fechado: mensagens recebidas nesses dias são respondidas no dia útil "
     "seguinte a partir das 7h. Pátio: Estrada do Tindiba 2.180, Taquara (não é preciso ir até lá).",
     "atendimento", ["horário", "atendimento", "sábado", "domingo", "telefone"],
     ["que horas vocês abrem", "atendem domingo", "qual o telefone"]),
    (Q_EMPRESA,
     "Sim. A partir de 4 caçambas no mesmo mês (pessoa física ou jurídica), 10 % de desconto em todas. Empresas com CNPJ "
     "podem fazer contrato mensal com boleto de 15 dias. Para cada caçamba emitimos o CTR (Controle de Transporte de "
     "Resíduos), exigido pela prefeitura em obras com licença.",
     "preços", ["construtora", "empresa", "desconto", "contrato", "CTR"],
     ["tem desconto pra construtora", "fazem contrato mensal", "vocês emitem CTR"]),
    (Q_DANOS,
     "Colocamos sempre calços de madeira embaixo da caçamba, e o caminhão não entra em garagens nem em áreas com piso de "
     "pedra solta. Se mesmo assim houver dano causado pela nossa operação, mande fotos pelo WhatsApp (21) 97314-2086 em "
     "até 24 horas: fazemos a vistoria em até 2 dias úteis e, se o dano for nosso, consertamos em até 7 dias úteis sem "
     "custo. Rachaduras que já existiam antes da entrega não são cobertas.",
     "uso", ["dano", "quebrou", "estrago", "prejuízo", "piso"],
     ["o caminhão quebrou minha calçada", "quem paga se estragar o piso", "a caçamba riscou o chão"]),
]

PLAN = [
    [  # 1
        ("bom dia! vou quebrar o banheiro todo aqui de casa no Méier, piso e azulejo. quanto tá a caçamba e qual "
         "tamanho vcs acham que dá?",
         "Small talk greeting + " + both(Q_PRECO, Q_TAMANHO) + " — a bathroom fits the 4 m³ skip (about 150 bags) at "
         "R$ 390 (5 m³ R$ 450, 7 m³ R$ 620), including delivery, 3 days, pickup and disposal, R$ 40 per extra day; Méier "
         "is Zona Norte, no area fee.",
         "Only one half without pointing to the other; the 7 m³ for a bathroom; a Zona Sul fee."),
        ("e se eu fechar agora, consigo receber ela hoje ainda?",
         faq(Q_ENTREGA) + " — orders confirmed by 14h are delivered the same day, later ones the next day; Monday-Friday "
         "7h-17h, Saturday 7h-12h; someone must be there. (Applying it to the time of sending is a plus; stating the "
         "rule is enough.)",
         "'Yes, today' without the 14h rule; the pickup's 24 hours; the swap entry."),
        ("e uns galão de verniz pela metade que tão largados na área, posso jogar junto?",
         faq(Q_PROIBIDO) + " — no: paints, varnishes and solvents are forbidden; if found at pickup, R$ 150 and the "
         "material is given back. (`área` = the flat's laundry area.)",
         "'Yes, it can go in' (the allowed-materials entry); the plaster rule only; 'not covered'."),
        ("caraca, sinistro! valeu demais, tamo junto. fui!",
         "Small talk: acknowledgement + thanks + goodbye (`caraca` = wow, `sinistro` = awesome, `tamo junto` = cheers, "
         "`fui` = I'm off) — short friendly close.",
         "A long FAQ answer; choices; a handover; reading `sinistro` as an accident."),
    ],
    [  # 2
        ("boa tarde, tô precisando de uma ajuda aqui",
         "Too vague to answer — choices (prices, delivery, sizes...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("o síndico não deixa botar dentro do prédio e aqui na frente é ladeira com a pista estreitinha, lá no Grajaú. "
         "e agora, como que faz?",
         TYPE + faq(Q_AUTORIZACAO) + " — the skip stands in the street along the kerb, never on the pavement, needs 4 m "
         "free (registration with the city is the company's job); narrow street or slope: a free inspection first. "
         "(Grajaú is served without fee.) (`síndico` = building manager, `pista` = the street's lane.)",
         "Tapping a choice; the area entry alone; 'not possible'; telling him to ask the city for a permit."),
        ("e se passar um guarda e multar, quem paga?",
         faq(Q_AUTORIZACAO) + " — a fine for an unregistered skip is the company's; a fine for load above the edge or for "
         "moving the skip is the customer's.",
         "'Always the customer'; 'always the company'; the damage entry."),
        ("pô, tô falando com gente ou com robô? papo reto",
         "Small talk: are you a bot (`pô` = interjection, `papo reto` = straight talk) — honest: an automated assistant; "
         "may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover; choices."),
    ],
    [  # 3
        ("oi, é sobre a caçamba que tá aqui na porta",
         "Too vague to answer — choices (pickup, swap, extra days...) or a clarifying question.",
         "A handover; one entry answered as if sure."),
        ("não, nenhuma dessas",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("já tá no talo e a obra nem chegou na metade, vcs levam essa e trazem uma vazia?",
         faq(Q_TROCA) + " — yes: ask by WhatsApp (21) 97314-2086, the full one goes and an empty one comes on the same "
         "trip; each swap costs a new rental (4 m³ R$ 390, 5 m³ R$ 450) with 3 new days; asked by 12h, same day; 10 % off "
         "from the 3rd swap on the same site. (`no talo` = full to the top.)",
         "The pickup entry alone (ending the hire); the overload fee; a free swap."),
        ("e vcs mandam gente pra quebrar a parede tb ou eh so a caçamba mesmo?",
         "Not covered (near the trade: demolition labour, not offered) — says so honestly, may offer a person; no price.",
         "Inventing a demolition service or price; the size entry as if it answered."),
    ],
    [  # 4
        ("quantos dias a cacamba pode ficar aqui e como eu faço pra vcs virem buscar?",
         both(Q_PRAZO, Q_RETIRADA) + " — 3 calendar days from delivery, R$ 40 per extra day, at most 10 days per skip "
         "(city rule); pickup asked by WhatsApp with the address, done within 24 hours (Monday-Saturday), the request "
         "date counts; load level with the edge or R$ 100.",
         "Only one half without pointing to the other; 'a week included'; the delivery entry."),
        ("não foi isso que perguntei. a obra vai levar umas 3 semanas, vou ter que pagar por cada dia esse tempo todo? "
         "não dá pra deixar ela direto até acabar?",
         "Acknowledges the push-back + " + both(Q_PRAZO, Q_TROCA) + " — no: one skip may stay at most 10 days (city "
         "rule), R$ 40 per day after the 3 included; for 3 weeks the way is swaps (each a new rental with 3 new days, "
         "10 % off from the 3rd swap); it cannot stay until the end.",
         "Repeating the first answer unchanged; 'yes, R$ 40 a day for 3 weeks' without the 10-day limit; inventing a "
         "monthly price."),
        ("tá de sacanagem, né? mó enrolação. me bota pra falar com alguém de verdade aí, na moral",
         "Push-back (second time in a row) + request for a person (annoyed; `tá de sacanagem` = you're kidding me, `mó "
         "enrolação` = such a runaround, `na moral` = please, seriously) — short apology, hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("alô?? cadê todo mundo?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting; promising a time; the opening hours."),
    ],
    [  # 5
        ("ABSURDO!!! o caminhão de vcs veio buscar o entulho hoje cedo e arrebentou as pedras portuguesas aqui da frente "
         "de casa, tá tudo solto. quem vai pagar essa palhaçada???",
         faq(Q_DANOS) + " — calm, apologises: photos by WhatsApp (21) 97314-2086 within 24 hours; inspection within 2 "
         "working days; if the operation caused it, repaired within 7 working days at no cost (cracks that were there "
         "before are not covered); offering a person is good. (`pedras portuguesas` = the mosaic paving of Rio's "
         "pavements.)",
         "Cold answer ignoring the anger; 'not our responsibility'; promising payment before the inspection; the pickup "
         "or allowed-materials entry."),
        ("aproveitando, sabe se o Flamengo joga quarta no Maracanã?",
         "Not covered (unrelated: a football match) — says it cannot help with that, no FAQ answer.",
         "Inventing a match time; an FAQ answer."),
        ("pede pro responsável me ligar no (21) 98834-5127 amanhã depois do almoço, lá pelas 14h",
         "Hands over / passes on a callback request to (21) 98834-5127 tomorrow (Wednesday 2 December) around 14h; no FAQ "
         "answer.",
         "Ignoring the number or the time; only giving the office phone; an FAQ answer."),
        ("e vai demorar mto isso?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The delivery or pickup times; the inspection's 2 working days; promising an exact time."),
    ],
    [  # 6
        ("oi, tinha fechado uma caçamba de 5 pra sexta, mas o pedreiro sumiu e a obra vai ficar parada sabe-se lá até "
         "quando",
         faq(Q_CANCELAR) + " — moving the date is free with 12 hours' notice; cancelling is free until 2 hours before the "
         "delivery window (Friday 4 December, so still free), after that R$ 120; money back within 2 working days by Pix "
         "or as a card reversal; must not claim anything is cancelled or moved. (`pedreiro` = bricklayer.)",
         "Claiming it is cancelled now; charging the R$ 120; the 3-day hire period."),
        ("ah tá, beleza",
         "Ambiguous yes — asks what he wants (cancel? move the date?) or explains the next step; must not claim anything "
         "is cancelled or moved.",
         "Saying the order is now cancelled or moved; a random FAQ entry."),
        ("e o q eu ja paguei no pix, volta qdo?",
         faq(Q_CANCELAR) + " — within 2 working days, back by Pix.",
         "The payment entry (Pix accepted) as the answer; 'no refund'."),
        ("caraca, tô mais perdido que cego em tiroteio. bota alguém da firma pra falar comigo, mermão, sem caô",
         "Hands over to a person (`mais perdido que cego em tiroteio` = totally lost, `firma` = company, `mermão` = mate, "
         "`sem caô` = no nonsense) — short, no FAQ answer.",
         "Asking to rephrase; another FAQ answer; mocking the way of speaking."),
    ],
    [  # 7
        ("coé, boa noite! vcs entregam lá em Niterói? e dá pra falar com vcs domingo?",
         "Small talk greeting + " + both(Q_AREA, Q_HORARIO) + " — yes, Niterói with an R$ 80 fee; closed on Sundays and "
         "holidays, messages answered the next working day from 7h (Monday-Friday 7h-18h, Saturday 7h-13h). (`coé` = "
         "hey.)",
         "Only one half without pointing to the other; 'we don't serve Niterói'; 'open on Sunday'."),
        ("e paga como? dá pra dividir em umas vezes?",
         faq(Q_PAGAMENTO) + " — Pix, debit or credit card on delivery, credit card in up to 3 instalments without "
         "interest by link; paid on delivery before unloading; boleto only for registered companies.",
         "'Pix only'; inventing more instalments; the cancelling entry."),
        ("outra coisa: sou mestre de obras e pego umas 5 obras por mês, vcs fazem um preço camarada? e terra de "
         "escavação pode ir dentro?",
         both(Q_EMPRESA, Q_PODE) + " — from 4 skips in the same month, 10 % off all of them (private person or company; "
         "monthly contract with boleto for companies with CNPJ; a CTR for each skip); earth and stone only in the 4 m³ "
         "skip and up to half its height (weight). (`preço camarada` = a friendly price.)",
         "Only one half without pointing to the other; earth in any size; the forbidden-materials entry for earth."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
