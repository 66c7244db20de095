"""pt: Contabilidade Araucária, accounting office for small businesses, Curitiba (Brazil). Run from src/: python3 pt.py"""
from common_b import Faq, entry, write_faq, write_plan, WAIT, TYPE, TYPE_REJECT, AFTER

FAQ = Faq([
    entry("mensalidade", "Quanto custa a mensalidade da contabilidade?",
          "MEI: R$ 89 por mês (guia DAS todo mês, declaração anual do MEI e ajuda com notas fiscais). Empresa no Simples "
          "Nacional, só serviços e sem funcionários: a partir de R$ 390 por mês; comércio a partir de R$ 450. Lucro "
          "Presumido: a partir de R$ 890. Cada funcionário soma R$ 45 por mês. A mensalidade vence todo dia 10 e é paga "
          "por boleto ou Pix.",
          "valores", ["mensalidade", "honorários", "preço", "valor por mês", "plano"],
          ["qto vcs cobram por mes", "valor da contabilidade pra mei", "preço pra empresa do simples"]),
    entry("abrir_mei", "Vocês abrem MEI?",
          "Sim. A abertura do MEI pelo governo é gratuita, mas fazemos tudo por R$ 150: cadastro no portal, CNPJ, "
          "inscrição municipal em Curitiba e orientação sobre o alvará. Fica pronto em até 2 dias úteis. Precisamos de "
          "RG, CPF, comprovante de endereço e número do recibo do último imposto de renda ou do título de eleitor. O MEI "
          "pode faturar até R$ 81 mil por ano e ter 1 funcionário.",
          "abertura", ["abrir mei", "formalizar", "microempreendedor", "cnpj mei"],
          ["quero virar mei", "quanto custa abrir mei com vcs", "o que precisa pra ser mei"]),
    entry("abrir_empresa", "Quanto custa abrir uma empresa (ME ou LTDA)?",
          "Nossos honorários para abrir uma ME ou LTDA são R$ 1.200, mais as taxas da Junta Comercial do Paraná e da "
          "Prefeitura (em média R$ 350). Leva de 15 a 30 dias. Precisamos de RG, CPF e comprovante de endereço de cada "
          "sócio, o endereço da empresa com a indicação fiscal do IPTU e a descrição das atividades.",
          "abertura", ["abrir empresa", "ltda", "sociedade", "contrato social", "junta comercial"],
          ["quero abrir uma empresa com meu sócio", "quanto tempo leva pra abrir ltda", "custo de abertura de empresa"]),
    entry("fechar", "Como fecho a minha empresa ou o meu MEI?",
          "Baixa de MEI: R$ 120, feita em até 3 dias úteis; as guias DAS e a declaração anual precisam estar em dia ou "
          "parceladas (as dívidas passam para o seu CPF). Baixa de ME ou LTDA: a partir de R$ 1.500, prazo de 30 a 90 "
          "dias, com os impostos em dia ou parcelados.",
          "encerramento", ["fechar empresa", "baixa", "encerrar cnpj", "dar baixa"],
          ["quero fechar meu mei", "quanto custa dar baixa no cnpj", "encerrar a empresa"]),
    entry("irpf", "Vocês fazem a declaração de imposto de renda pessoa física?",
          "Sim. Declaração simples (só salário ou pró-labore): R$ 250. Completa, com aluguéis, dependentes, venda de "
          "imóvel ou carnê-leão: R$ 400. Com investimentos em bolsa: a partir de R$ 600. Clientes com mensalidade têm "
          "20 % de desconto. O prazo da Receita costuma terminar no fim de maio; mande os documentos até 30 de abril.",
          "imposto de renda", ["imposto de renda", "IRPF", "declaração", "pessoa física", "restituição"],
          ["vcs fazem meu ir", "quanto custa declarar o imposto de renda", "até quando entregar o ir"]),
    entry("dasn", "Como funciona a declaração anual do MEI?",
          "A declaração anual do MEI (DASN-SIMEI) está incluída na mensalidade de R$ 89. Para quem não é cliente, fazemos "
          "avulsa por R$ 80. O prazo é 31 de maio de cada ano, sobre o faturamento do ano anterior. Entregue com atraso, "
          "tem multa mínima de R$ 50; fazemos também as declarações atrasadas.",
          "MEI", ["declaração anual", "DASN", "MEI", "faturamento anual"],
          ["quando entrego a declaração do mei", "a dasn tá inclusa", "esqueci de declarar o mei"]),
    entry("folha", "Quanto custa a folha de pagamento?",
          "R$ 45 por funcionário por mês, somados à mensalidade: holerite, FGTS, INSS, eSocial, férias e 13º. Admissão "
          "de funcionário: R$ 60; rescisão: R$ 150. As horas extras, faltas e o ponto precisam chegar até o dia 25 de "
          "cada mês.",
          "folha", ["folha de pagamento", "funcionário", "holerite", "eSocial", "admissão"],
          ["vcs fazem folha", "quanto é pra registrar funcionário", "valor da rescisão"]),
    entry("documentos", "Quais documentos eu preciso mandar todo mês?",
          "Até o dia 5 de cada mês: notas fiscais emitidas e recebidas (XML ou PDF), extratos de todas as contas da "
          "empresa e comprovantes de pagamento do mês anterior. Envie pelo portal do cliente, pelo WhatsApp (41) "
          "99812-4470 ou pelo e-mail documentos@contabilidadearaucaria.com.br. Documento que chega depois do dia 5 pode "
          "atrasar as guias.",
          "rotina", ["documentos", "mandar", "extrato", "notas", "dia 5"],
          ["o que tenho que enviar pra vcs", "até que dia mando os extratos", "onde envio as notas"]),
    entry("guias", "Quando vencem as guias e o que acontece se eu atrasar?",
          "O DAS do MEI e do Simples vence todo dia 20; nós enviamos a guia até o dia 12. FGTS e INSS dos funcionários "
          "também vencem dia 20. Pagando depois, tem multa de 0,33 % por dia (no máximo 20 %) mais juros Selic. Se "
          "perdeu a data, peça a guia atualizada: nós emitimos no mesmo dia.",
          "impostos", ["vencimento", "DAS", "multa", "atraso", "guia atrasada"],
          ["qual dia vence o das", "paguei atrasado e agora", "vcs mandam a guia quando"]),
    entry("atendimento", "Qual o horário de atendimento e como marco uma reunião?",
          "Atendemos de segunda a sexta, das 8h30 às 12h e das 13h30 às 18h, no escritório (Rua Marechal Deodoro 630, "
          "sala 1204, Centro) ou por Google Meet. Reuniões são marcadas com pelo menos 24 h de antecedência; clientes têm "
          "uma reunião de 30 minutos por mês incluída e a primeira conversa para novos clientes é gratuita. Para desmarcar "
          "ou remarcar, avise até 2 horas antes, sem custo.",
          "atendimento", ["horário", "reunião", "atendimento", "endereço", "agendar"],
          ["vcs abrem sábado", "quero marcar uma conversa", "onde fica o escritório"]),
    entry("nota", "Vocês emitem nota fiscal pra mim?",
          "Em Curitiba a nota de serviço (NFS-e) é emitida no portal da Prefeitura; na primeira vez ensinamos você por "
          "videochamada sem custo. Se preferir que a gente emita, no plano do Simples estão incluídas até 10 notas por "
          "mês; acima disso, e para MEI, cobramos R$ 5 por nota.",
          "notas", ["nota fiscal", "NFS-e", "emitir nota", "emissão"],
          ["como emito nota", "vcs fazem as notas pra mim", "quanto custa emitir nota"]),
    entry("trocar", "Como faço pra trocar de contador e vir pra vocês?",
          "A troca é gratuita: você assina o nosso contrato e avisa o contador atual; nós pedimos a ele os livros, as "
          "guias e as senhas. Começamos no primeiro dia do mês seguinte. Com o contador antigo, vale o aviso prévio do "
          "contrato dele (normalmente 30 dias).",
          "contrato", ["trocar de contador", "mudar de contabilidade", "transferência", "contador atual"],
          ["quero sair do meu contador", "como passo minha empresa pra vcs", "quanto tempo leva a troca"]),
    entry("cancelar", "Como cancelo o contrato com vocês?",
          "Basta avisar por e-mail com 30 dias de antecedência. Não há fidelidade nem multa; a mensalidade do mês do "
          "aviso é cobrada normalmente. No fim, entregamos todos os documentos e senhas ao novo contador ou a você.",
          "contrato", ["cancelar contrato", "rescindir", "fidelidade", "multa", "aviso prévio"],
          ["quero cancelar a contabilidade", "tem multa pra sair", "tem contrato de fidelidade"]),
    entry("limite", "Passei do limite de faturamento do MEI, e agora?",
          "Se passou até 20 % do limite (até R$ 97.200 no ano), você paga um DAS extra sobre o valor que passou e vira "
          "microempresa no Simples a partir de janeiro do ano seguinte. Se passou mais de 20 %, o desenquadramento vale "
          "desde janeiro do próprio ano, com impostos de ME sobre tudo. Nos dois casos marque uma reunião: a mudança "
          "para ME fazemos por R$ 300 e depois vale a mensalidade do Simples.",
          "MEI", ["limite do MEI", "estourei", "faturamento", "desenquadramento", "81 mil"],
          ["faturei mais de 81 mil", "o que acontece se passar do teto do mei", "virar me"]),
    entry("certificado", "Vocês fazem certificado digital?",
          "Sim: e-CNPJ A1 por R$ 180 e e-CPF A1 por R$ 140, válidos por 1 ano. A emissão é por videoconferência em "
          "cerca de 20 minutos, com RG ou CNH em mãos. O certificado é necessário para empresas com funcionários e "
          "para algumas prefeituras e licitações.",
          "serviços", ["certificado digital", "e-CNPJ", "e-CPF", "token"],
          ["preciso de certificado digital", "quanto custa o e-cnpj", "vcs renovam certificado"]),
])

F = FAQ
ROWS = [
    # 1: greeting + two questions, short follow-ups, thanks/bye
    (1, "oi boa tarde! sou mei, quanto vcs cobram por mes? e a declaração anual tá inclusa?",
     "Small talk greeting (short) + " + F.both("mensalidade", "dasn",
        "MEI R$ 89/month; yes, the annual MEI declaration (DASN-SIMEI) is included"),
     "The Simples price (R$ 390); the IRPF entry (personal income tax); only one half"),
    (1, "e se eu contratar 1 pessoa, quanto fica?",
     F.one("folha", "R$ 45 per employee per month on top of the fee (plus R$ 60 for the hiring); an MEI may have 1 employee"),
     "The mensalidade answer again without the employee cost; the abrir_empresa entry"),
    (1, "blz. e vcs emitem as notas pra mim tbm? qto custa?",
     F.one("nota", "yes; the first time they teach you for free; for an MEI R$ 5 per note (up to 10 included only in the Simples plan)"),
     "Saying notes are included for MEI; the documentos entry"),
    (1, "ah ok, obg! flw",
     "Small talk: acknowledgement + thanks + goodbye (flw = falou, bye) — short friendly goodbye",
     "An FAQ answer or choices; a handover"),
    # 2: vague opener, typed question while choices show, follow-up with two questions, bot?
    (2, "preciso de ajuda com empresa",
     "Too vague to answer — choices (abrir MEI, abrir empresa, fechar, trocar de contador…) or a clarifying question",
     "A long answer from one random entry; a handover"),
    (2, "sou manicure, trabalho em casa e quero ficar certinha com a prefeitura. qto tempo leva e qto vcs cobram pra fazer?",
     TYPE + " " + F.one("abrir_mei", "opening an MEI: R$ 150 with them (free on the government portal), ready in up to 2 working days"),
     "The abrir_empresa entry (R$ 1.200, 15-30 days); the nota entry; ignoring the typed text and repeating the choices"),
    (2, "e se for ltda com minha irmã de sócia? fica mto mais caro? demroa mais?",
     F.one("abrir_empresa", "R$ 1.200 fees plus about R$ 350 in Junta Comercial and city fees; 15 to 30 days"),
     "The MEI price again; saying a partnership is not possible"),
    (2, "vc é robô?",
     "Small talk: are you a bot — honest: an automatic assistant; can pass on to a person",
     "Claiming to be a person; an FAQ answer"),
    # 3: vague, typed rejection, rephrasing, near-trade not offered
    (3, "duvida sobre imposto",
     "Too vague to answer — choices (imposto de renda, guias/vencimento, declaração do MEI…) or a clarifying question",
     "Answering one entry as if sure; a handover"),
    (3, "não é nada disso",
     TYPE_REJECT + " Typed rejection — ask what they want to know / invite a rephrasing; no handover yet",
     "The same choices again; a random FAQ answer"),
    (3, "ano passado aluguei um apê e recebi uns alugueis, tenho q acertar as contas com o leão? qto vcs cobram?",
     F.one("irpf", "income tax return with rental income = complete return, R$ 400 (20 % off for monthly clients); send documents by 30 April"),
     "The simple return price (R$ 250); the dasn or guias entry; not covered"),
    (3, "vcs fazem tbm a defesa em processo trabalhista? um ex funcionario tá me processando",
     "Not covered by the FAQ (defence in a labour lawsuit is a lawyer's job, not offered) — say so honestly, offer a person",
     "The folha entry (rescisão R$ 150) as if it answered; saying yes"),
    # 4: long situation with two questions, push-back once and twice, angry request, waiting
    (4, "bom dia. tenho uma lojinha de roupa no meu nome, aquele cnpj simplificado, faz 3 anos. esse ano vendi mto, já passou dos 95k até outubro. vou ter problema? e vcs cuidam dessa mudança, quanto fica?",
     F.both("limite", "mensalidade",
        "95 mil is within 20 % over the limit (up to R$ 97.200): pay an extra DAS on the excess and become ME from January; change R$ 300, then the Simples fee (commerce from R$ 450)"),
     "Saying nothing happens; the more-than-20 % rule (retroactive); the abrir_empresa entry; only one half"),
    (4, "ta mas eu perguntei quanto vou pagar de imposto a mais, em reais",
     "Push-back (first time) — apologise; the FAQ gives no amount in reais: say so, offer a meeting or a person",
     "Repeating the same answer; inventing an amount"),
    (4, "de novo isso?? quero falar com um contador agora",
     "Push-back (second time in a row) + angry request for a person — hand over now",
     "Another FAQ answer (e.g. trocar de contador because of the word contador); asking to rephrase"),
    (4, "alô?? tem alguém aí",
     WAIT + " Waiting — reassure that a person will answer; no FAQ answer, no invented wait time",
     "An FAQ answer; a fresh greeting with choices; a made-up time"),
    # 5: angry but covered, unrelated, callback with number, waiting
    (5, "que absurdo!! paguei o boleto do simples 2 dias depois e veio cobrança a mais, ninguem me avisou de nada",
     F.one("guias", "the DAS is due on the 20th and they send it by the 12th; late payment: 0,33 % a day (max 20 %) plus Selic; they issue an updated guide the same day (ideally with an apology)"),
     "The mensalidade entry (their own fee due on the 10th); a handover instead of the answer"),
    (5, "vc sabe se tem greve de onibus hj em curitba?",
     "Not covered by the FAQ (bus strike today) — say it cannot answer that",
     "The atendimento entry (address/opening hours)"),
    (5, "me liga no (41) 99733-2150 depois das 14h por favor",
     "Request for a person (callback with a number) — hand over / pass the number on; no promise of an exact time",
     "Ignoring the number; only the office WhatsApp number with no handover"),
    (5, "vai demorar mto?",
     WAIT + " Waiting — reassure; no invented wait time",
     "An opening time or deadline from an entry (2 days, 15-30 days); a made-up time"),
    # 6: cancelling an appointment without the word, ambiguous yes, follow-up, dialect request
    (6, "eu ia passar aí amanhã 10h pra conversar com a ana, mas surgiu um imprevisto. não vou conseguir",
     F.one("atendimento", "meetings can be called off or moved free of charge up to 2 hours before; do not claim it was cancelled; offer a person or a new date"),
     "Saying the meeting is now cancelled; the cancelar entry (contract)"),
    (6, "sim",
     "Ambiguous sim — acknowledge or ask what they want (call off? new date?); never claim the meeting was cancelled",
     "Confirming a cancellation; a random FAQ answer"),
    (6, "aproveitando, qto custa pra dar baixa no cnpj? vou fechar a lojinha e voltar pra CLT",
     F.one("fechar", "MEI closing R$ 120 (up to 3 working days, DAS and annual declaration up to date); ME/LTDA from R$ 1.500"),
     "The cancelar entry (contract); not covered"),
    (6, "ô piá, daí me passa pra alguém do escritório que assim não dá",
     "Request for a person (mild Curitiba speech: piá = guy, daí as a filler) — hand over",
     "An FAQ answer; not understanding the request"),
    # 7: greeting + question, follow-up, two questions
    (7, "boa noite! tô pensado em trocar de contador, como funciona pra passar pra vcs?",
     "Small talk greeting (short) + " + F.one("trocar", "free; they ask the old accountant for books, guides and passwords; start on the 1st of the next month; old contract notice applies"),
     "The cancelar entry (cancelling with them); the abrir_empresa entry"),
    (7, "e se eu não gostar depois, fico preso?",
     F.one("cancelar", "no lock-in and no fine: 30 days' notice by e-mail"),
     "The trocar entry again; saying there is a fine"),
    (7, "blz. vcs fazem o certificado digital tbm? e quais papeis tenho q mandar todo mes?",
     F.both("certificado", "documentos",
        "e-CNPJ A1 R$ 180 (1 year, by video call); by the 5th: issued and received invoices, bank statements, payment receipts"),
     "Only one half; the abrir_mei entry (documents for opening)"),
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", ROWS))
