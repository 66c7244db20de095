"""pt: Ipê Móveis Planejados (made up), a custom furniture maker in Belo Horizonte (kitchens, wardrobes, home offices);
the bot serves pt-BR; customers write Brazilian Portuguese with a few Mineiro words (uai, trem, sô, nó, cê, quê que
é, mió) and everyday Brazilian words (celular, beleza, valeu, a gente)."""
from common_b import write_faq, write_plan, faq, both, TYPE, WAIT, AFTER

Q_MEDICAO = "Como funciona a visita de medição?"
Q_PROJETO = "Vocês fazem o projeto em 3D?"
Q_ORCAMENTO = "Quanto custa um móvel planejado?"
Q_PRAZO = "Qual é o prazo de entrega?"
Q_PAGAMENTO = "Quais são as formas de pagamento?"
Q_INSTALACAO = "Como é feita a instalação?"
Q_GARANTIA = "Qual é a garantia dos móveis?"
Q_MATERIAIS = "Quais materiais vocês usam?"
Q_HORARIO = "Qual é o horário do showroom?"
Q_ENDERECO = "Onde fica o showroom?"
Q_DESISTIR = "Posso desistir depois de assinar o contrato?"
Q_ALTERAR = "Posso mudar o projeto depois de assinar?"
Q_OBRA = "Vocês medem apartamento na planta ou em obra?"
Q_ELETRO = "Os eletrodomésticos entram no projeto?"
Q_CUIDADOS = "Como limpar e cuidar dos móveis?"

FAQ = [
    (Q_MEDICAO,
     "A visita de medição é grátis em Belo Horizonte, Contagem e Nova Lima; em outras cidades custa R$ 150, "
     "descontados se você fechar o contrato. Agende pelo WhatsApp (31) 98712-4403; a visita acontece em 3 a 5 dias "
     "úteis, dura cerca de 1 hora e precisa de um adulto no imóvel.",
     "atendimento", ["medição", "visita", "medir", "agendar", "grátis"],
     ["vocês vêm medir", "quanto custa a visita", "como agendo a medição"]),
    (Q_PROJETO,
     "Sim. O projeto 3D fica pronto em 7 dias úteis depois da medição e é apresentado no showroom ou por "
     "videochamada. Duas revisões são grátis; cada revisão extra custa R$ 200.",
     "projeto", ["projeto", "3D", "desenho", "revisão", "visualizar"],
     ["vocês mandam o desenho", "posso ver antes de fabricar", "quantas revisões posso pedir"]),
    (Q_ORCAMENTO,
     "O orçamento sai junto com o projeto 3D e vale 15 dias. Valores de referência: cozinha a partir de R$ 2.400 o "
     "metro linear, guarda-roupa a partir de R$ 1.900 o metro quadrado, home office completo a partir de R$ 3.500.",
     "orçamento", ["preço", "orçamento", "metro linear", "valor", "quanto custa"],
     ["quanto fica uma cozinha", "preço do guarda-roupa", "quanto custa um home office"]),
    (Q_PRAZO,
     "A entrega é em 35 dias úteis depois da aprovação do projeto final e da conferência de medidas. Férias "
     "coletivas de 21 de dezembro a 6 de janeiro: contratos aprovados depois de 5 de dezembro só são instalados a "
     "partir de 20 de janeiro.",
     "prazos", ["prazo", "entrega", "dias úteis", "férias coletivas"],
     ["quanto tempo demora", "quando fica pronto", "entregam antes do natal"]),
    (Q_PAGAMENTO,
     "À vista no Pix ou transferência com 5 % de desconto; no cartão em até 10 parcelas sem juros; ou 30 % de entrada "
     "e o resto em 6 parcelas no boleto. O contrato é assinado na aprovação do projeto.",
     "pagamento", ["pagamento", "parcelas", "Pix", "à vista", "cartão"],
     ["da pra parcelar", "tem desconto no pix", "aceitam cartão"]),
    (Q_INSTALACAO,
     "A instalação está incluída e é feita pela nossa equipe em 2 a 5 dias, conforme o tamanho. O ambiente precisa "
     "estar limpo e com os pontos de luz, tomadas e água prontos: não fazemos serviço elétrico nem hidráulico. O "
     "recorte do cooktop e da cuba está incluído.",
     "instalação", ["instalação", "equipe", "pontos elétricos", "hidráulica"],
     ["quem instala", "quantos dias leva pra instalar", "vocês fazem a parte elétrica"]),
    (Q_GARANTIA,
     "5 anos para a estrutura em MDF e 2 anos para dobradiças, corrediças e puxadores, a contar da instalação. Não "
     "cobre danos por umidade, infiltração ou mau uso. Peça assistência pelo WhatsApp (31) 98712-4403 com fotos; a "
     "visita é em até 7 dias úteis.",
     "garantia", ["garantia", "assistência", "dobradiça", "defeito", "conserto"],
     ["quanto tempo de garantia", "a dobradiça quebrou", "como peço assistência"]),
    (Q_MATERIAIS,
     "MDF de 18 mm com acabamento BP nas caixas e portas, fundos em 6 mm, dobradiças e corrediças com amortecimento. "
     "Em banheiro e área de serviço usamos MDF resistente à umidade (RU). Não trabalhamos com madeira maciça.",
     "projeto", ["MDF", "material", "madeira", "acabamento", "umidade"],
     ["qual o material", "vocês usam madeira maciça", "serve pra banheiro"]),
    (Q_HORARIO,
     "Segunda a sexta das 9h às 18h e sábado das 9h às 13h. Domingos e feriados fechado. Dias 24 e 31 de dezembro até "
     "12h.",
     "showroom", ["horário", "aberto", "sábado", "funcionamento"],
     ["que horas abre", "abre sábado", "até que horas vocês ficam"]),
    (Q_ENDERECO,
     "Rua Ipê Amarelo, 480, bairro Prado, Belo Horizonte. Temos 4 vagas para clientes na frente da loja. Telefone "
     "(31) 3274-8816.",
     "showroom", ["endereço", "localização", "estacionamento", "loja"],
     ["onde vocês ficam", "tem estacionamento", "qual o endereço"]),
    (Q_DESISTIR,
     "Peça o cancelamento por escrito no e-mail contratos@ipemoveis.com.br. Antes da aprovação do projeto 3D "
     "devolvemos o que foi pago menos R$ 400 do projeto; depois da aprovação a produção começa e retemos 30 % do valor "
     "do contrato.",
     "contrato", ["cancelar", "desistência", "devolução", "contrato", "multa"],
     ["quero cancelar o contrato", "devolvem a entrada", "tem multa pra desistir"]),
    (Q_ALTERAR,
     "Mudanças são grátis até a aprovação do projeto final. Depois da aprovação, cada mudança é orçada à parte e o "
     "prazo aumenta 10 dias úteis.",
     "contrato", ["mudança", "alterar", "trocar", "aprovação", "cor"],
     ["posso trocar a cor", "quero mudar uma gaveta", "ainda da pra alterar"]),
    (Q_OBRA,
     "Fazemos um pré-projeto pela planta, mas a medição final só é feita com paredes prontas, piso e revestimentos "
     "colocados. Antes da produção sempre conferimos as medidas no local, numa visita de 1 hora sem custo.",
     "atendimento", ["planta", "obra", "apartamento novo", "piso", "medida final"],
     ["o apartamento ainda ta em obra", "medem pela planta", "precisa do piso pronto"]),
    (Q_ELETRO,
     "Projetamos os nichos para geladeira, forno, micro-ondas e cooktop, com 2 cm de folga de cada lado. Mande os "
     "modelos ou os manuais antes da aprovação do projeto. Não vendemos eletrodomésticos.",
     "projeto", ["eletrodomésticos", "geladeira", "forno", "nicho", "modelo"],
     ["cabe minha geladeira", "vocês vendem forno", "precisa do modelo do fogão"]),
    (Q_CUIDADOS,
     "Limpe com pano úmido e detergente neutro; não use álcool, água sanitária nem produtos abrasivos. 90 dias depois "
     "da instalação fazemos uma visita grátis de regulagem das portas e gavetas.",
     "garantia", ["limpeza", "cuidados", "conservação", "regulagem"],
     ["como limpo o armário", "posso usar álcool", "tem revisão depois"]),
]

PLAN = [
    [  # 1: greeting + two questions, short follow-ups, ack/thanks/goodbye
        ("oi boa tarde! to reformando a cozinha do meu ap no buritis, quanto fica mais ou menos uma cozinha planejada "
         "e vcs vem medir de graca?",
         "Small talk greeting + " + both(Q_ORCAMENTO, Q_MEDICAO) + " — kitchen from R$ 2.400 per linear metre (exact "
         "quote with the 3D project, valid 15 days); Buritis is in Belo Horizonte → measuring visit free, booked by "
         "WhatsApp (31) 98712-4403, within 3-5 working days.",
         "Only one half without pointing to the other; charging R$ 150 for the visit; a fixed total price."),
        ("e demora quanto pra ficar tudo montado?",
         faq(Q_PRAZO) + " — 35 working days after the final project is approved; collective holidays 21 December-6 "
         "January: approved after 5 December → installed from 20 January.",
         "The 2-5 installation days alone; the 3D project's 7 days; 'not covered'."),
        ("e da pra dividir no cartao?",
         faq(Q_PAGAMENTO) + " — up to 10 interest-free instalments on the card; 5 % discount with Pix or transfer; or "
         "30 % down + 6 boletos.",
         "Inventing interest; the quote entry; asking what she means."),
        ("uai, mió do que eu pensava, valeu demais! falou",
         "Small talk: acknowledgement + thanks + goodbye (`uai` = oh/well, `mió` = better, `valeu` = thanks, "
         "`falou` = bye) — short friendly close.",
         "A long FAQ answer; choices; asking to rephrase; a handover."),
    ],
    [  # 2: vague, typed question while choices show, short follow-up, bot?
        ("oi tudo bem? queria tirar uma duvida",
         "Too vague to answer — choices (quote, measuring, deadlines, payment...) or a clarifying question.",
         "A handover; one entry answered at length as if sure."),
        ("comprei um ap que a construtora so entrega em marco, o porcelanato nem foi colocado ainda. da pra vcs ja "
         "irem adiantando os armarios pelo papel?",
         TYPE + faq(Q_OBRA) + " — a pre-project from the floor plan is possible, but the final measurement only with "
         "walls finished and floor/tiles laid; measures are always checked on site before production.",
         "Tapping an earlier choice; promising to produce from the floor plan; the measuring visit entry alone."),
        ("e eu consigo ver como vai ficar antes deles fazerem?",
         faq(Q_PROJETO) + " — yes, the 3D project 7 working days after measuring, shown in the showroom or by video "
         "call; 2 revisions free, each extra R$ 200.",
         "The deadline entry; 'not covered'; asking what he means."),
        ("cê é robô ou gente de verdade?",
         "Small talk: are you a bot (`cê` = você) — honest: an automated assistant; may offer a person.",
         "Claiming to be a person; an FAQ answer; an unrequested handover."),
    ],
    [  # 3: vague, typed rejection, rephrasing, near-trade not covered
        ("bom dia, é sobre o quarto da minha filha",
         "Too vague to answer — choices or a clarifying question.",
         "A handover; 'not covered'; one entry answered as if sure."),
        ("nao, nao é nada disso",
         TYPE + "Typed rejection — asks what it is about / invites a rephrasing; no handover yet, no repeat of the same "
         "choices.",
         "Repeating the same choices; an immediate handover; an unrelated entry."),
        ("a porta do meio do armario dela ta caida e nao fecha mais direito, vcs que fizeram e montaram em agosto do ano "
         "passado",
         faq(Q_GARANTIA) + " — installed August 2025, so about 16 months: hinges have 2 years, structure 5 years → "
         "covered; ask for assistance by WhatsApp (31) 98712-4403 with photos, visit within 7 working days.",
         "Saying the warranty is over; the care/regulagem entry alone (its free visit is only 90 days after "
         "installation); 'not covered'."),
        ("e ja que vao vir, vcs reformam estofado? o sofa da sala ta um trem feio de rasgado",
         "Not covered by the FAQ (near the trade: upholstery/sofa repair is not offered) — says so honestly, may offer "
         "a person. `trem` = thing (here: really).",
         "Inventing an upholstery service or price; the warranty entry as if it covered it; the materials entry."),
    ],
    [  # 4: two questions, push-back once, twice + person, waiting
        ("a gente aprovou o projeto do home office semana passada, ainda da pra trocar o mdf pra um tom mais claro? "
         "e isso atrasa a entrega?",
         both(Q_ALTERAR, Q_PRAZO) + " — after approval each change is quoted separately and the deadline grows by 10 "
         "working days (changes are free only before approval); normal delivery is 35 working days after approval.",
         "'Free change'; saying no change is possible at all; only one half without pointing to the other; the "
         "materials entry."),
        ("mas vcs nem comecaram a fabricar ainda, nao é possivel que vao cobrar a mais so por causa de um tom de branco",
         "Acknowledges the push-back (apology / offers a person) + " + faq(Q_ALTERAR) + " — the rule goes by the "
         "approval, not by the start of production: after approval the change is quoted and adds 10 working days.",
         "Repeating the first answer unchanged; promising it free; a handover without answering."),
        ("nó, que atendimento ruim. quero falar com uma pessoa agora",
         "Push-back (second time in a row) + request for a person (direct, annoyed; `nó` = gosh) — short apology, "
         "hands over.",
         "Another FAQ answer; choices; asking to rephrase again."),
        ("oi? tem alguem ai?",
         WAIT + AFTER + "Waiting — reassures that a person has the message and will answer; no FAQ answer, no invented "
         "wait time.",
         "An FAQ answer; a new greeting as if the chat had just started; promising a time."),
    ],
    [  # 5: angry but covered, unrelated, callback with number, waiting (how long)
        ("ABSURDO!!! os rapazes foram embora e o cooktop ficou sem tomada ligada, paguei 28 mil e ta tudo pela metade, "
         "quem vai resolver isso??",
         faq(Q_INSTALACAO) + " — calm, acknowledges the anger: sockets, light points and water must be ready "
         "beforehand; the shop does no electrical or plumbing work (the cooktop cut-out is included) → an electrician "
         "connects the cooktop. Offering a person as well is fine.",
         "A cold answer ignoring the anger; promising the team will do the wiring; the warranty entry; a handover with "
         "no explanation."),
        ("e sabe se a feira hippie da afonso pena abre domingo que vem?",
         "Not covered (unrelated: the Sunday craft market on Avenida Afonso Pena) — says it cannot help with that, no "
         "FAQ answer.",
         "The showroom hours (closed on Sundays) as if they answered; inventing market hours."),
        ("quero que o responsavel me ligue, meu celular é (31) 99463-2718, de manha de preferencia",
         "Hands over / passes on a callback request to (31) 99463-2718 in the morning; no FAQ answer.",
         "Ignoring the number or the time; only giving the shop's phone; an FAQ answer; asking to rephrase."),
        ("e demora muito pra ligarem?",
         AFTER + "Waiting — about the callback: reassures, no invented time; no FAQ answer.",
         "The 35-working-day delivery time; promising an exact time; an FAQ answer."),
    ],
    [  # 6: cancel without the word, ambiguous yes, follow-up, person in dialect
        ("assinei o guarda-roupa do quarto das criancas segunda passada mas meu marido perdeu o emprego e a gente nao "
         "vai conseguir seguir com isso agora",
         faq(Q_DESISTIR) + " — in writing to contratos@ipemoveis.com.br; before the 3D project is approved everything "
         "paid is returned minus R$ 400; after approval 30 % of the contract is kept. Does not claim it is cancelled.",
         "Claiming the contract is cancelled; the payment entry because of the money; 'not covered'."),
        ("beleza",
         "Ambiguous yes (`beleza` = OK) — asks what she wants (send the written request? questions?) or explains the "
         "next step; must not claim anything is cancelled.",
         "Saying the contract is now cancelled; a random FAQ entry."),
        ("e a entrada que a gente ja deu, volta tudo?",
         faq(Q_DESISTIR) + " — if the 3D project is not yet approved: the down payment minus R$ 400; after approval "
         "30 % of the contract value is kept.",
         "'Everything back'; 'nothing back'; the payment entry alone."),
        ("ô sô, me passa pra alguem ai da loja, quê que é isso, quero resolver com gente",
         "Hands over to a person (`sô` = mate, `quê que é isso` = what is this) — short, no FAQ answer.",
         "An FAQ answer again; not understanding the request; asking to rephrase."),
    ],
    [  # 7: greeting + two questions, short follow-up, two questions
        ("bom dia! que horas abre o showroom no sabado e onde fica?",
         "Small talk greeting + " + both(Q_HORARIO, Q_ENDERECO) + " — Saturday 9h-13h; Rua Ipê Amarelo 480, Prado, "
         "Belo Horizonte, 4 parking spaces in front.",
         "Only one half without pointing to the other; the weekday 18h closing for Saturday."),
        ("e no banheiro aguenta? la é bem umido",
         faq(Q_MATERIAIS) + " — yes: moisture-resistant MDF (RU) is used in bathrooms and laundry; normally 18 mm MDF "
         "with BP finish.",
         "The warranty's exclusion of moisture damage as the only answer; 'not covered'; solid wood."),
        ("e a geladeira que eu ja tenho, cabe certinho? e depois como limpa sem estragar?",
         both(Q_ELETRO, Q_CUIDADOS) + " — niches are planned for the appliances: send the fridge model/manual before "
         "approval; clean with a damp cloth and neutral detergent, no alcohol, bleach or abrasives; free adjustment "
         "visit 90 days after installation.",
         "Only one half without pointing to the other; offering to sell a fridge; recommending alcohol."),
    ],
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
