# Centro de Inspeções Auto Mondego, Coimbra -- pt-PT (European Portuguese)
from common import Entry as E, stopset

LANG = "pt"
SHOP = "Centro de Inspeções Auto Mondego -- periodic vehicle inspection centre, Coimbra (pt-PT, European Portuguese)"

# Function words only (articles, pronouns, prepositions, conjunctions, auxiliaries).
STOP = stopset("""
aqui assim ainda antes apos aquela aquele aquilo cada como com contra depois desde dela dele delas deles
essa esse isso esta este isto estas estes estou estar estao eles elas entre fazer faz fazem onde para
pela pelas pelo pelos porque qual quais quando quanto quanta quantos quantas quem seja sem sobre sua
suas seu seus tambem tem temos tenho uma umas uns vos voces voce mais muito muita muitos nossa nosso
pode podem posso qualquer sao ser sera tudo todo toda todos todas nao das dos por que numa num nas nos
minha meu
""")

FAQ = [
 E("Como posso marcar a inspeção?",
   "Pode marcar no nosso site (inspecoesmondego.pt), pelo telefone 239 438 120 ou presencialmente. Também atendemos sem "
   "marcação, por ordem de chegada, mas o tempo de espera pode ser de uma hora ou mais, sobretudo no fim do mês e ao "
   "sábado.",
   "Marcações", "marcação;marcar;agendar;sem marcação;telefone",
   "Preciso de marcar ou posso ir sem marcação?|Dá para agendar pela internet?",
   ["consigo fazer a marcação online?",
    "preciso de marcação ou posso aparecer?",
    "queria levar o carro aí amanhã de manhã, como faço para não ficar lá plantado?"]),
 E("Qual é o horário de funcionamento?",
   "Estamos abertos de segunda a sexta-feira das 8h00 às 19h00, sem interrupção para almoço, e ao sábado das 8h00 às "
   "13h00. Encerramos aos domingos e feriados. A última viatura é recebida 15 minutos antes do fecho.",
   "Horário", "horário;aberto;sábado;almoço;feriados",
   "Estão abertos ao sábado?|Fecham à hora de almoço?",
   ["sabado de manha estao ca?",
    "fecham para o almoço?",
    "só saio do trabalho às seis e meia, ainda chego a tempo de tratar disso num dia de semana?"]),
 E("Quanto custa a inspeção?",
   "A inspeção periódica de um ligeiro de passageiros custa 35,50 € (IVA incluído); motociclos 17,70 €; pesados "
   "53,00 €. A reinspeção custa 8,90 €. Os preços seguem a tabela oficial em vigor.",
   "Preços", "preço;custo;valor;ligeiro;mota",
   "Quanto é a inspeção de um carro ligeiro?|Qual o preço para motas?",
   ["quanto é a inspeçao de um ligeiro?",
    "preço para mota de 125?",
    "quanto tenho de levar na carteira para o clio ficar aprovado?"]),
 E("Que documentos tenho de levar?",
   "Basta o Documento Único Automóvel ou o certificado de matrícula e, se tiver, a ficha da inspeção anterior. Não é "
   "preciso a carta de condução nem o seguro. Se o carro tiver GPL, traga também a declaração de instalação aprovada.",
   "Documentos", "documentos;DUA;certificado de matrícula;livrete;papéis",
   "Preciso de levar o livrete?|Que papéis são precisos?",
   ["preciso de levar o livrete e o titulo?",
    "que papeis sao precisos",
    "a viatura é da minha mãe e ela guarda tudo numa pasta no porta-luvas, o que é que tiro lá de dentro?"]),
 E("Quando tenho de fazer a inspeção?",
   "Os ligeiros de passageiros fazem a primeira inspeção 4 anos após a data da primeira matrícula, depois aos 6 e aos "
   "8 anos, e a partir daí todos os anos. A data limite é o dia e o mês da matrícula. Pode fazer a inspeção nos 3 meses "
   "anteriores a essa data sem perder o prazo seguinte.",
   "Prazos", "prazo;periodicidade;data limite;matrícula;primeira inspeção",
   "Com quantos anos o carro faz a primeira inspeção?|Posso fazer a inspeção antes do prazo?",
   ["o meu carro tem 3 anos, já tem de ir à inspeção?",
    "posso fazer a inspeção um mês antes do prazo?",
    "comprei um usado de 2017 e não faço ideia de quando é que aquilo tem de ser visto, como sei?"]),
 E("O que acontece se o carro chumbar na inspeção?",
   "Recebe a ficha com as deficiências encontradas. Com deficiências do tipo 2 tem 30 dias para reparar e fazer a "
   "reinspeção, que só verifica esses pontos e custa 8,90 €. Com deficiências do tipo 3 o carro só pode circular até à "
   "oficina e depois para a reinspeção.",
   "Resultados", "chumbar;reprovado;reinspeção;deficiências;reparar",
   "O carro foi reprovado, e agora?|Quanto tempo tenho para a reinspeção?",
   ["chumbei a inspeçao e agora??",
    "quantos dias tenho para fazer a reinspecao?",
    "disseram-me que os travões de trás estão fracos e tenho de voltar, até quando posso lá ir?"]),
 E("Quanto tempo demora a inspeção?",
   "A inspeção de um ligeiro demora cerca de 20 a 30 minutos. Com marcação, é atendido à hora marcada. Enquanto espera, "
   "tem uma sala com café e Wi-Fi gratuito.",
   "Marcações", "duração;demora;tempo;minutos;sala de espera",
   "Quanto tempo leva?|Posso esperar pelo carro?",
   ["quanto tempo leva a inspeção?",
    "posso esperar pelo carro aí?",
    "saio do escritório ao meio-dia e volto às duas, dá para despachar aquilo nesse intervalo?"]),
 E("O que acontece se a inspeção estiver fora do prazo?",
   "Circular com a inspeção caducada dá uma coima de 250 € a 1.250 €. Pode fazer a inspeção em qualquer dia, mesmo com "
   "o prazo ultrapassado, sem custos extra no centro. A próxima data limite continua a contar a partir da data da "
   "matrícula.",
   "Prazos", "fora do prazo;caducada;atraso;coima;multa",
   "Tenho a inspeção atrasada, posso ir na mesma?|Qual é a multa por inspeção caducada?",
   ["tenho a inspeção caducada desde março, posso ir na mesma?",
    "qual e a multa por andar com a inspeção atrasada",
    "esqueci-me completamente e aquilo já expirou há dois meses, a gnr pode apanhar-me?"]),
 E("Fazem inspeções extraordinárias e a carros importados?",
   "Sim. Fazemos a inspeção para atribuição de matrícula a viaturas importadas (106,00 €) e inspeções extraordinárias, "
   "por exemplo após alteração de características como a montagem de um engate ou a conversão para GPL (53,00 €). Estas "
   "inspeções são só com marcação, às terças e quintas de manhã.",
   "Inspeções especiais", "importado;extraordinária;engate;GPL;matrícula portuguesa",
   "Fazem a inspeção para legalizar um carro importado?|Pus um engate, preciso de inspeção?",
   ["fazem a inspeção para legalizar um carro importado da alemanha?",
    "montei um engate, tenho de ir fazer inspeção extraordinaria?",
    "trouxe a carrinha de frança com chapa francesa e quero pô-la com chapa de cá, começo por vocês?"]),
 E("Outra pessoa pode levar o carro à inspeção?",
   "Sim, qualquer pessoa com carta de condução pode levar o carro; não tem de ser o proprietário. Basta trazer os "
   "documentos da viatura.",
   "Documentos", "proprietário;outra pessoa;familiar;procuração;levar",
   "O carro tem de ser levado pelo dono?|Preciso de procuração para levar o carro de outra pessoa?",
   ["tem de ser o dono a levar o carro?",
    "preciso de procuraçao para levar o carro do meu pai?",
    "a minha sogra já não pega no volante, o meu marido pode ir lá por ela com o opel?"]),
 E("Que formas de pagamento aceitam?",
   "Aceitamos numerário, cartão multibanco, cartão de crédito e MB WAY. Não aceitamos cheques. A fatura sai com o NIF que "
   "indicar na receção.",
   "Pagamentos", "pagamento;multibanco;MB WAY;cartão;fatura",
   "Posso pagar com MB WAY?|Aceitam cartão?",
   ["aceitam mb way?",
    "ainda aceitam cheques?",
    "não ando com dinheiro vivo, safo-me com o telemóvel?"]),
 E("O que devo verificar antes da inspeção?",
   "Confirme que todas as luzes funcionam (incluindo a da matrícula), que os pneus têm pelo menos 1,6 mm de piso, que as "
   "escovas limpam bem e que não há luzes de avaria acesas no painel, como a do airbag ou a do ABS. Leve o triângulo e o "
   "colete refletor no carro.",
   "Preparação", "preparar;verificar;luzes;pneus;colete",
   "Como preparo o carro para a inspeção?|O que é que costuma chumbar?",
   ["como preparo o carro para a inspeção?",
    "com os pneus meio carecas passo?",
    "tenho uma lâmpada de trás fundida e o bonequinho do motor a piscar no tablier, vale a pena ir assim ou arranjo primeiro?"]),
]

OOS_NEAR = [
 "fazem mudança de óleo e filtros?",
 "tratam da transferência de propriedade do carro?",
 "carregam o gás do ar condicionado?",
 "fazem alinhamento da direção?",
]
OOS_FAR = [
 "a que horas joga a académica no domingo?",
 "onde se come um bom leitão perto de coimbra?",
 "como vai estar o tempo no fim de semana em coimbra?",
 "onde trato do passaporte em coimbra?",
]

ACTS = [
 ("viva, bom dia!", "GREETING"),
 ("olá, boa tarde", "GREETING"),
 ("muito obrigada, foi muito útil", "THANKS"),
 ("obrigadão, pá", "THANKS"),
 ("pronto, até à próxima!", "BYE"),
 ("isto é um robô a responder?", "BOT_QUESTION"),
 ("estou a falar com uma pessoa a sério ou com uma máquina?", "BOT_QUESTION"),
 ("posso falar com um dos técnicos, por favor?", "PERSON"),
 ("pode pôr-me em contacto com alguém do centro?", "PERSON"),
 ("isso não tem nada a ver com o que eu perguntei", "NOT_HELPED"),
]
