"""pt: Tecla Solta, Coimbra (plain everyday European Portuguese). Writes pt-faq.csv, then pt-plan.tsv."""
from common_b import q, both, write_faq, write_plan, CHOICES, REJECT, WAIT, AFTER

FAQ = [
    # 0
    ("Quanto custa trocar o ecrã de um telemóvel?",
     "Depende do modelo: Android de gama média desde 59 €, Samsung Galaxy S desde 129 €, iPhone entre 89 € "
     "(modelos antigos) e 289 € (modelos recentes). O preço exato é dado no orçamento. Com a peça em stock, a "
     "troca faz-se em 1 a 2 horas.",
     "reparações", ["ecrã", "vidro partido", "display", "trocar ecrã", "iPhone"],
     ["parti o vidro do telemóvel", "preço de um ecrã novo", "o ecrã ficou todo rachado"]),
    # 1
    ("Quanto custa mudar a bateria?",
     "Telemóvel: entre 35 € e 79 €, conforme o modelo, feito em cerca de 45 minutos. Portátil: entre 60 € e "
     "120 €, normalmente no mesmo dia. As baterias têm 6 meses de garantia.",
     "reparações", ["bateria", "trocar bateria", "autonomia", "carga", "descarrega"],
     ["a bateria já não dura nada", "preço bateria nova", "mudam baterias de portátil"]),
    # 2
    ("O orçamento é gratuito?",
     "Sim, o orçamento é grátis e fica pronto em 24 a 48 horas. Se não aceitar, não paga nada e leva o "
     "equipamento como o deixou. Só começamos a reparação depois de o cliente aceitar o orçamento.",
     "orçamentos", ["orçamento", "grátis", "avaliação", "diagnóstico", "preço"],
     ["cobram para ver o equipamento", "quanto custa o orçamento", "fazem orçamento sem compromisso"]),
    # 3
    ("Quanto tempo demora uma reparação?",
     "Ecrãs e baterias com peça em stock ficam prontos no próprio dia (1-2 horas). Outras reparações demoram "
     "3 a 5 dias úteis; se for preciso encomendar a peça, 5 a 10 dias úteis. Enviamos um SMS quando estiver "
     "pronto.",
     "reparações", ["demora", "prazo", "quanto tempo", "pronto", "SMS"],
     ["quando está pronto", "é no próprio dia", "quantos dias demora"]),
    # 4
    ("Conseguem recuperar dados de um disco ou telemóvel avariado?",
     "Na maioria dos casos, sim. O diagnóstico é gratuito e a recuperação custa entre 80 € e 250 €, conforme o "
     "estado do disco; só paga se recuperarmos os ficheiros. Discos com danos físicos vão para um laboratório "
     "parceiro e demoram 10 a 15 dias. O equipamento avariado em si não fica reparado.",
     "dados", ["recuperar dados", "fotos", "disco", "ficheiros perdidos", "cartão de memória"],
     ["perdi as fotos todas", "o disco não abre", "recuperação de dados preço"]),
    # 5
    ("O meu computador tem vírus, conseguem limpar?",
     "Sim: a limpeza de vírus e otimização custa 45 € e fica pronta em 24 horas. Os seus ficheiros são "
     "mantidos e deixamos um antivírus gratuito instalado e configurado.",
     "computadores", ["vírus", "malware", "antivírus", "limpeza", "otimização"],
     ["acho que tenho um vírus", "remover malware", "limpar o computador"]),
    # 6
    ("Que garantia têm as reparações?",
     "Todas as reparações têm 6 meses de garantia nas peças e na mão de obra, baterias incluídas. A garantia "
     "não cobre quedas, pancadas nem líquidos depois da reparação. Traga o talão ou diga o número da fatura.",
     "garantia", ["garantia", "nova avaria", "defeito", "talão", "prazo de garantia"],
     ["a reparação tem garantia", "voltou a avariar", "quanto tempo de garantia"]),
    # 7
    ("Qual é o horário da loja?",
     "De segunda a sexta das 9:30 às 19:00 e ao sábado das 10:00 às 13:00. Domingos e feriados fechado. "
     "Estamos na Rua da Sofia, 87, na Baixa de Coimbra.",
     "loja", ["horário", "aberto", "sábado", "morada", "onde ficam"],
     ["a que horas abrem", "estão abertos ao sábado", "onde é a loja"]),
    # 8
    ("Como posso pagar?",
     "Em dinheiro, Multibanco ou MB WAY, quando levanta o equipamento. Não aceitamos cheques. Pode pedir fatura "
     "com NIF.",
     "pagamentos", ["pagar", "MB WAY", "Multibanco", "dinheiro", "fatura"],
     ["dá para pagar com cartão", "posso pagar com MB WAY", "passam fatura com contribuinte"]),
    # 9
    ("Fazem recolha e entrega ao domicílio?",
     "Sim, em Coimbra recolhemos e entregamos em casa ou no trabalho por 10 € cada viagem (de segunda a sexta, "
     "marcação por telefone: 239 048 615). Fora de Coimbra pode enviar por CTT; os portes são por conta do "
     "cliente.",
     "loja", ["recolha", "entrega", "domicílio", "CTT", "enviar"],
     ["recolhem em casa", "posso mandar pelo correio", "entregam em casa"]),
    # 10
    ("Posso cancelar uma reparação?",
     "Sim. Antes de aceitar o orçamento não paga nada. Depois de aceitar, pode cancelar sem custos enquanto a "
     "reparação não tiver começado; se a peça já tiver sido encomendada, paga a peça. Avise por telefone ou na "
     "loja.",
     "orçamentos", ["cancelar", "desistir", "anular", "já não quero", "reparação"],
     ["quero desistir da reparação", "já aceitei o orçamento e mudei de ideias", "anular reparação"]),
    # 11
    ("O meu telemóvel caiu à água, conseguem arranjar?",
     "Muitas vezes sim. Desligue-o logo, não o carregue e não o ponha em arroz. A limpeza por ultrassons custa "
     "40 € e demora 24 a 48 horas; não podemos garantir que fique a funcionar, e se precisar de peças damos "
     "orçamento à parte.",
     "reparações", ["água", "molhado", "líquido", "oxidação", "ultrassons"],
     ["o telemóvel molhou-se", "entrou água no telemóvel", "caiu-me café no portátil"]),
    # 12
    ("Preciso de marcação?",
     "Não, pode vir sem marcação no horário da loja. Se quiser esperar pela troca de ecrã ou bateria, ligue "
     "antes para o 239 048 615 para confirmarmos que a peça está em stock.",
     "loja", ["marcação", "marcar", "sem marcação", "agendar", "esperar"],
     ["tenho de marcar", "posso aparecer sem marcar", "como faço uma marcação"]),
    # 13
    ("Vendem acessórios?",
     "Sim: capas, películas de vidro temperado (12 €, aplicação grátis), carregadores e cabos para telemóvel e "
     "portátil. Não vendemos telemóveis nem computadores.",
     "loja", ["acessórios", "capas", "película", "carregador", "cabo"],
     ["têm capas", "vendem carregadores", "põem películas"]),
    # 14
    ("Fazem desconto a estudantes?",
     "Sim, 10% de desconto na mão de obra para estudantes com cartão de estudante válido (Universidade de "
     "Coimbra, Politécnico ou secundário). O desconto não se aplica às peças nem aos acessórios.",
     "pagamentos", ["desconto", "estudante", "universidade", "cartão de estudante", "10%"],
     ["há desconto para estudantes", "sou da UC tenho desconto", "desconto com cartão de estudante"]),
]

PLAN = [
    # 1: greeting + two questions, short follow-up, ok/thanks/bye
    (1, "boas, qt custa trocar o ecra de um iphone 12? e abrem ao sabado?",
     "Small talk: greeting + " + both(FAQ, 0, 7) + " — iPhone entre 89 € e 289 € (preço exato no orçamento); sábado das 10:00 às 13:00.",
     "Responder só a uma pergunta sem referir a outra; opções em vez de resposta; passar a uma pessoa"),
    (1, "e fica feito na hora?",
     q(FAQ, 3) + " — com a peça em stock fica pronto no próprio dia (1-2 horas).",
     "Tratar como pergunta nova sem contexto; o tempo de espera de uma pessoa; prazos de recuperação de dados"),
    (1, "fixe, obrigadinho! ate ja",
     "Small talk: acknowledgement + thanks + goodbye — despedida curta ('fixe' = ótimo, 'obrigadinho' = obrigado).",
     "Repetir o preço; uma entrada do FAQ; oferecer uma pessoa"),
    # 2: vague opener, typed question while choices show, follow-up with two questions, bot?
    (2, "tenho uma duvida sobre o portatil",
     "Too vague to answer — opções (bateria, vírus, recuperação de dados, orçamento) ou uma pergunta.",
     "Escolher uma entrada como se fosse certa; dizer que não está coberto; passar a uma pessoa"),
    (2, "esta super lento e aparecem janelas de publicidade sozinhas",
     CHOICES + q(FAQ, 5) + " — limpeza de vírus e otimização, 45 €, pronta em 24 h.",
     "Ignorar o que foi escrito e esperar que toque numa opção; a entrada da bateria; 'não está coberto'"),
    (2, "e fico sem os meus ficheiros? ja agora tem carregadores para portatil?",
     both(FAQ, 5, 13) + " — os ficheiros são mantidos; sim, vendem carregadores para portátil.",
     "Responder só a uma; a recuperação de dados (os ficheiros não se perderam); dizer que não vendem nada"),
    (2, "estou a falar com uma pessoa ou e um bot?",
     "Small talk: are you a bot — dizer com honestidade que é um assistente automático e que pode passar a uma pessoa se o cliente quiser.",
     "Dizer que é uma pessoa; uma entrada do FAQ; passar a uma pessoa sem pedido"),
    # 3: vague, typed rejection, rephrasing, near-trade not covered
    (3, "o telemovel nao da",
     "Too vague to answer — pergunta o que se passa ou opções (ecrã, bateria, água, orçamento).",
     "Escolher uma entrada como se fosse certa; passar a uma pessoa"),
    (3, "nao nada disso",
     REJECT + "Rejection — pedir desculpa e pedir que explique por outras palavras (ou oferecer uma pessoa); não repetir as mesmas opções.",
     "Repetir as mesmas opções ou a mesma resposta; tomar o 'não' como resposta a outra coisa"),
    (3, "deixei-o cair na sanita hoje de manha, ja o meti em arroz mas nao liga",
     q(FAQ, 11) + " — não pôr em arroz, não carregar; limpeza por ultrassons 40 €, 24-48 h, sem garantia de que volte a funcionar.",
     "A entrada do ecrã ou da bateria; dizer que o arroz resolve; 'não está coberto'"),
    (3, "e arranjam playstations? a do meu filho nao le os jogos",
     "Not covered by the FAQ (consolas não constam) — dizer que não está indicado que reparem consolas e oferecer uma pessoa.",
     "Dizer que sim, reparam consolas; dar preços de computadores como se servissem"),
    # 4: two questions, push-back once, twice + angry + direct person, waiting
    (4, "o meu hd externo deixou de dar e tenho la as imagens do casamento. ha hipotese de as salvar? e so para verem pago alguma coisa?",
     both(FAQ, 4, 2) + " — na maioria dos casos sim; diagnóstico grátis, recuperação 80-250 €, só paga se recuperarem.",
     "Só uma das perguntas; a entrada dos vírus; dizer que o orçamento é pago"),
    (4, "nao foi isso que perguntei. quero saber se o disco fica bom para usar outra vez",
     "Push-back (first time) — pedir desculpa; se possível dizer que a recuperação salva os ficheiros mas o disco avariado não fica reparado; senão perguntar o que falta ou oferecer uma pessoa.",
     "Repetir a mesma resposta palavra por palavra; prometer que o disco fica como novo"),
    (4, "isto nao serve pra nada!! quero falar com uma pessoa a serio",
     "Push-back (second time in a row) + Request for a person (angry, direct) — pedir desculpa e passar já a uma pessoa.",
     "Outra resposta do FAQ; perguntar de novo o que quer; não passar a uma pessoa"),
    (4, "ola?? esta ai alguem?",
     WAIT + "Waiting — tranquilizar: uma pessoa vai responder nesta conversa; sem resposta do FAQ.",
     "Cumprimentar como se a conversa começasse agora; uma entrada do FAQ; inventar um tempo de espera"),
    # 5: angry but covered, unrelated, callback with number, how long
    (5, "troquei a bateria convosco em setembro e ja esta a descarregar num instante outra vez!!! ando a deitar dinheiro fora",
     q(FAQ, 6) + " — pedir desculpa; 6 meses de garantia, baterias incluídas: trazer o talão ou o número da fatura.",
     "O preço de uma bateria nova (entrada da bateria) como se tivesse de pagar outra; ignorar a garantia; só passar a uma pessoa sem a regra"),
    (5, "ja agora sabem se a queima das fitas este ano e em maio?",
     "Not covered by the FAQ (festa académica, nada a ver com a loja) — dizê-lo com naturalidade.",
     "Inventar datas; a entrada do horário ou do desconto de estudante"),
    (5, "liguem-me para o 912 345 678 se faz favor, prefiro falar",
     "Request for a person (callback with a number) — passar a uma pessoa / registar o pedido de chamada.",
     "Só dar o número da loja sem aceitar a chamada; dizer que não pode"),
    (5, "vai demorar muito?",
     AFTER + "Waiting — tranquilizar sem inventar tempo; uma pessoa vai entrar em contacto.",
     "Prazos de reparação como resposta; inventar minutos"),
    # 6: cancel, ambiguous yes, FAQ, dialect person
    (6, "deixei ai o portatil ontem e ja aceitei o orcamento mas afinal quero cancelar, comprei um novo",
     q(FAQ, 10) + " — sem custos se a reparação ainda não começou; se a peça já foi encomendada paga a peça; avisar por telefone ou na loja. Não dizer que já está cancelado.",
     "Dizer que a reparação foi cancelada (o bot não pode); a entrada do orçamento gratuito sem as condições depois de aceitar"),
    (6, "sim",
     "Ambiguous yes — perguntar a que se refere ou repetir como cancelar; nunca confirmar um cancelamento.",
     "'A sua reparação foi cancelada'; começar outro tema"),
    (6, "e se houver custo da peca, aceitam mb way?",
     q(FAQ, 8) + " — sim, MB WAY, Multibanco ou dinheiro, ao levantar; fatura com NIF.",
     "Repetir as condições de cancelamento sem falar do pagamento; 'não está coberto'"),
    (6, "o pa, passa-me la a alguem dai que isto assim nao vai la",
     "Request for a person (colloquial: 'ó pá' = ó homem, 'não vai lá' = não resulta) — passar a uma pessoa.",
     "Pedir que repita; uma entrada do FAQ; ignorar o pedido"),
    # 7: greeting + two questions, FAQ, short follow-up, FAQ
    (7, "bom dia! sou estudante da uc, tem desconto? e preciso de marcar ou posso aparecer?",
     "Small talk: greeting + " + both(FAQ, 14, 12) + " — 10% na mão de obra com cartão de estudante; não precisa de marcação.",
     "Responder só a uma; dizer que o desconto vale para tudo (peças não)"),
    (7, "e para mudar a bateria do meu samsung a quanto fica?",
     q(FAQ, 1) + " — telemóvel entre 35 € e 79 €, cerca de 45 minutos.",
     "Preços do ecrã; o preço de um portátil"),
    (7, "com o desconto?",
     q(FAQ, 14) + " — 10% só na mão de obra, não na peça; o valor exato sai no orçamento.",
     "Tirar 10% ao preço todo; tratar como pergunta nova sem contexto"),
    (7, "e se eu nao conseguir ir ai, voces vem buscar a residencia?",
     q(FAQ, 9) + " — sim, em Coimbra, 10 € cada viagem, dias úteis, marcar pelo 239 048 615.",
     "A entrada da marcação ou do horário; dizer que não fazem recolha"),
]

if __name__ == "__main__":
    print(write_faq("pt", FAQ))
    print(write_plan("pt", PLAN))
