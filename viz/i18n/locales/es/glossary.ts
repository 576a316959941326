// Español: el glosario — cada término como lo dicen CBP y el SAT/ANAM en la frontera, los otros nombres que lo encuentran (separados por |), su definición y su unidad.
export default {
  title: 'Glosario',
  filter: 'Filtrar términos ',
  unit: 'Unidad: {{unit}}',
  count_one: '{{count}} término',
  count_other: '{{count}} términos',
  count_many: '{{count}} términos',
  matches_one: '{{shown}} de {{count}} término coinciden con «{{query}}»',
  matches_other: '{{shown}} de {{count}} términos coinciden con «{{query}}»',
  matches_many: '{{shown}} de {{count}} términos coinciden con «{{query}}»',
  confidenceNote:
    'Los intervalos son intervalos t de Student del 95 % sobre réplicas independientes, recortados en 0 (y en 100 % para proporciones) donde el intervalo t pasaría un límite que el indicador no puede cruzar. Con pocas réplicas de una fila congestionada resultan algo estrechos: las esperas son asimétricas de una réplica a otra, y en filas M/M/1 y M/M/3 al 90 % de carga el intervalo del 95 % contuvo la espera media verdadera el 92–93 % de las veces (1 000 conjuntos de 5 o 10 réplicas). Tómelos como aproximados y corra más réplicas (o réplicas más largas) cuando una decisión dependa del último dígito.',
  terms: {
    wait: {
      term: 'Espera para llegar a la caseta primaria (tiempo de espera, «delay» de CBP)',
      aliases: 'espera|tiempo de espera|espera en primaria|demora|tiempo de cruce fronterizo|tiempo de espera en la frontera',
      definition:
        'Tiempo desde que se forma al final de la fila hasta que llega a la caseta de inspección primaria. Es lo que el sitio Border Wait Times de CBP publica como «delay» (demora) para cada tipo de carril; no incluye la inspección misma, la inspección secundaria ni el trayecto hasta la fila.',
      unit: 'minutos',
    },
    timeInSystem: {
      term: 'Tiempo en el sistema',
      aliases: 'tiempo en la garita|tiempo en el puerto|tiempo total de cruce|tiempo de permanencia',
      definition:
        'Tiempo desde que se forma en la fila hasta que sale de la garita: la espera para llegar a la caseta primaria, más la inspección primaria, más (para los viajeros enviados a secundaria) la espera por un andén de secundaria y la inspección secundaria. Siempre es al menos tan largo como la espera para llegar a la caseta primaria.',
      unit: 'minutos',
    },
    lane: {
      term: 'Carril (lane)',
      aliases: 'carriles|carril físico',
      definition:
        'Un acceso físico a la plaza de inspección. Un carril puede llevar a una caseta o, con casetas en tándem, a dos casetas una detrás de otra. Un carril puede existir y estar cerrado.',
      unit: 'carriles (conteo)',
    },
    booth: {
      term: 'Caseta (booth)',
      aliases: 'casetas|caseta primaria|caseta de inspección',
      definition:
        'Un puesto de inspección primaria donde un oficial inspecciona un vehículo (o un peatón) a la vez. borderflow cuenta casetas, no carriles: un carril con casetas en tándem cuenta dos casetas.',
      unit: 'casetas (conteo)',
    },
    boothsStaffed: {
      term: 'Casetas con personal (abiertas)',
      aliases: 'casetas abiertas|casetas atendidas|casetas con oficial',
      definition:
        'Casetas con un oficial de servicio en este momento: el menor entre las casetas del grupo de carriles y los oficiales programados para esa hora. Una caseta sin oficial está cerrada. Un oficial cuyo turno terminó termina de inspeccionar el vehículo que tiene en la caseta (la caseta está entonces «cerrando»).',
      unit: 'casetas (conteo)',
    },
    lanesOpen: {
      term: 'Carriles abiertos (lanes open de CBP)',
      aliases: 'carriles abiertos|lanes open',
      definition:
        'El número que publica el feed Border Wait Times de CBP para cada tipo de carril. Lo reportan los oficiales y suele leerse como el número de casetas con personal, pero no está definido con precisión; borderflow lo compara con las casetas con personal simuladas y lo indica. No es el número de carriles físicos (el feed los llama «maximum lanes»).',
      unit: 'carriles (conteo)',
    },
    utilization: {
      term: 'Utilización',
      aliases: 'utilización de casetas|proporción ocupada|ocupación',
      definition:
        'Casetas ocupadas ÷ casetas con personal, promediado en el tiempo: la proporción del tiempo de caseta con personal dedicada a inspeccionar. Las casetas cerradas no cuentan, así que una garita puede tener alta utilización con muchas casetas cerradas.',
      unit: 'fracción 0–1 (casetas ocupadas ÷ con personal)',
    },
    rho: {
      term: 'ρ (carga ofrecida por caseta)',
      aliases: 'rho|carga ofrecida|carga|intensidad de tráfico',
      definition:
        'Tasa de llegadas ÷ (casetas con personal × inspecciones que completa una caseta por unidad de tiempo) = λ ÷ (c·μ). Por debajo de 1 la fila se mantiene finita a largo plazo; en 1 o más crece mientras dure la carga. En una corrida larga y estable la utilización es igual a ρ. Los resultados la miden por grupo de carriles y hora como vehículos que se formaron × tiempo medio real en primaria ÷ tiempo de caseta abierta; las horas-carril con ρ ≥ 1 se reportan como inestables.',
      unit: 'adimensional (por caseta)',
    },
    erlangC: {
      term: 'Referencia Erlang C (M/M/c)',
      aliases: 'erlang c|m/m/c|mmc|teoría de estado estacionario|teoría',
      definition:
        'El resultado clásico de estado estacionario para c casetas idénticas, llegadas al azar (Poisson) a una tasa constante λ y tiempos de inspección exponenciales con tasa μ: la probabilidad de esperar es la C(c, λ/μ) de Erlang y la espera media para llegar a una caseta es C ÷ (cμ − λ). Supone que la hora dura para siempre; las llegadas y el personal reales cambian de hora en hora, así que las filas que quedan de una hora pico hacen que la espera simulada difiera, sobre todo en los picos y después de ellos. No está definida (inestable) cuando ρ ≥ 1.',
      unit: 'minutos (espera media)',
    },
    referral: {
      term: 'Envío a secundaria (referral)',
      aliases: 'envíos a secundaria|enviado a secundaria|referido|referencia a secundaria|pase a secundaria',
      definition:
        'Mandar a un viajero de la inspección primaria a la secundaria. El motor cuenta cada envío bajo un solo motivo: selección aleatoria (una proporción fija de todos, como disuasión básica, vea lo que vea el oficial); selección de riesgo (un puntaje de riesgo con información anticipada); criterio del oficial (el oficial de primaria nota algo; solo encuentra lo que de verdad hay, con una probabilidad de detección); una alarma del portal detector de radiación; un hallazgo en la revisión por imagen (inspección no intrusiva); y una regla de alerta elevada, cuando el escenario la tiene.',
      unit: 'viajeros (conteo), o proporción de los inspeccionados',
    },
    randomReferral: {
      term: 'Tasa de envío aleatorio a secundaria',
      aliases: 'envío aleatorio|selección aleatoria|revisión aleatoria',
      definition: 'La proporción de viajeros en primaria enviados a secundaria al azar, lleven algo o no.',
      unit: 'fracción 0–1',
    },
    secondary: {
      term: 'Inspección secundaria',
      aliases: 'secundaria|revisión secundaria|andén de secundaria|andenes',
      definition:
        'Una inspección más detallada tras el envío, en un área aparte con sus propios andenes y oficiales (revisión del vehículo, de documentos o por imagen de un camión). Los viajeros enviados esperan un andén libre; esa espera forma parte de su tiempo en el sistema, no de la espera para llegar a la caseta primaria.',
      unit: 'andenes (conteo); minutos (duración)',
    },
    seizure: {
      term: 'Decomiso (seizure)',
      aliases: 'decomisos|decomisado|aseguramiento',
      definition:
        'Contrabando encontrado y retenido en la inspección secundaria. Quien lo porta y nunca es enviado a secundaria, o cuyo contrabando pasa inadvertido en secundaria, cruza con él.',
      unit: 'decomisos (conteo)',
    },
    interdiction: {
      term: 'Tasa de intercepción',
      aliases: 'intercepción|tasa de interdicción|interdicción',
      definition:
        'Decomisos ÷ portadores de contrabando que llegaron, en el periodo medido. Falta (se muestra —, no 0) cuando no llegó ningún portador de contrabando.',
      unit: 'fracción 0–1 (decomisos ÷ portadores de contrabando llegados)',
    },
    falsePositive: {
      term: 'Tasa de falsos positivos',
      aliases: 'falsos positivos|falso positivo',
      definition:
        'Viajeros enviados a secundaria que no llevaban nada ÷ todos los enviados: la proporción de inspecciones secundarias dedicadas a viajeros inocentes. Falta (—) cuando nadie fue enviado.',
      unit: 'fracción 0–1 (envíos de inocentes ÷ envíos)',
    },
    replication: {
      term: 'Réplica',
      aliases: 'réplicas|corrida|repetición',
      definition:
        'Una corrida simulada de todo el horizonte con sus propios números aleatorios (su propio flujo de llegadas, tiempos de inspección y decisiones). Las réplicas de un escenario difieren solo por azar; su dispersión muestra cuánto puede engañar una sola corrida.',
      unit: 'corridas (conteo)',
    },
    ci: {
      term: 'Intervalo de confianza del 95 %',
      aliases: 'intervalo de confianza|ic|ic 95 %|ic95',
      definition:
        'media ± t × s ÷ √n sobre n réplicas, donde s es la desviación estándar muestral de los resultados de las réplicas y t el percentil 97,5 de la t de Student con n − 1 grados de libertad. Si el estudio se repitiera muchas veces, cerca del 95 % de esos intervalos contendría la verdadera media a largo plazo del escenario. Requiere al menos 2 réplicas; se estrecha como 1/√n.',
      unit: 'la misma unidad que el indicador',
    },
    crn: {
      term: 'Números aleatorios comunes',
      aliases: 'nac|crn|diferencia pareada|comparación pareada|números aleatorios comunes / diferencia pareada',
      definition:
        'Correr dos escenarios con la misma semilla, de modo que lleguen los mismos viajeros con la misma suerte (tiempos de inspección, sorteos de envío) dondequiera que los escenarios compartan estructura. La diferencia pareada (escenario B − escenario A, réplica por réplica) elimina entonces la mayor parte del azar compartido, así que su intervalo de confianza es mucho más estrecho que comparar dos intervalos por separado.',
      unit: 'la misma unidad que el indicador (diferencia)',
    },
    warmup: {
      term: 'Calentamiento (warm-up)',
      aliases: 'calentamiento|periodo de calentamiento|arranque',
      definition:
        'Horas al inicio de una corrida que se simulan pero no se miden, para que los resultados no dependan de que la garita empiece vacía. Los vehículos que llegan durante el calentamiento no se cuentan en los indicadores (aun así ocupan su lugar en la fila).',
      unit: 'horas',
    },
    percentiles: {
      term: 'p50 / p90 / p95',
      aliases: 'mediana|percentil|cuantil',
      definition:
        'Percentiles de la espera para llegar a la caseta primaria: p95 es la espera que el 95 % de los viajeros no superó (el 5 % esperó más); p50 es la mediana. Se calculan por réplica con todos los viajeros medidos y luego se promedian entre réplicas con un intervalo de confianza del 95 %.',
      unit: 'minutos',
    },
    missing: {
      term: 'Actualización pendiente / sin datos (Update Pending)',
      aliases: 'actualización pendiente|sin datos|faltante|falta de datos frente a cero',
      definition:
        'No hay valor disponible: el feed de CBP dice «Update Pending», o un indicador no está definido (la espera de una hora en la que nadie llegó; una tasa de intercepción sin portadores de contrabando). Se muestra como — o «sin datos», nunca como 0: una espera de cero es una medición; un dato faltante es la ausencia de medición.',
    },
    costOfDelay: {
      term: 'Costo de la demora',
      aliases: 'costo de demora|valor del tiempo',
      definition:
        'Horas-vehículo pasadas en la garita (tiempo en el sistema, sumado sobre los viajeros) × valor del tiempo por hora-vehículo según el modo (p. ej. 28,69 dólares por hora-automóvil y 36,28 dólares por hora-camión, dólares de 2017 según TTI). Una estimación económica, no un costo medido.',
      unit: 'dólares estadounidenses',
    },
    throughput: {
      term: 'Rendimiento (vehículos procesados)',
      aliases: 'procesados|atendidos|flujo',
      definition: 'Viajeros que terminaron la inspección primaria en el periodo medido.',
      unit: 'vehículos (personas para peatones) por periodo',
    },
    queueLength: {
      term: 'Longitud de la fila',
      aliases: 'largo de la fila|en la fila|cola',
      definition:
        'Vehículos que esperan en la fila una caseta primaria (sin contar los que están en inspección), en un instante o promediados en el tiempo.',
      unit: 'vehículos (personas para peatones)',
    },
    littlesLaw: {
      term: 'Ley de Little',
      aliases: 'ley de little|l = λw',
      definition:
        'En un periodo largo, el número medio en la fila L es igual a la tasa de llegadas λ por la espera media W: L = λW. Se cumple con cualquier patrón de llegadas y cualquier tiempo de inspección, lo que la vuelve una comprobación de una simulación.',
      unit: 'vehículos = (vehículos por minuto) × minutos',
    },
    trustedTraveler: {
      term: 'Programas de viajero confiable',
      aliases: 'sentri|nexus|fast|carril ready|ready|viajero confiable',
      definition:
        'Programas cuyos miembros, previamente investigados, usan carriles exclusivos con inspección primaria más rápida: SENTRI (EE. UU.–México), NEXUS (EE. UU.–Canadá), FAST (camiones comerciales: transportista, importador y conductor investigados). Los carriles Ready (Ready Lane) reciben a viajeros con documentos con RFID. Los miembros siguen sujetos al envío aleatorio a secundaria.',
    },
    censored: {
      term: 'Esperas censuradas (sin terminar)',
      aliases: 'censurada|espera censurada|sin terminar|aún en la fila|cota inferior|≥',
      definition:
        'Los viajeros que seguían en la fila al terminar una corrida (fin de la corrida: corte, o un vaciado que llegó a su tope) no tienen una espera terminada. Su espera hasta ese momento entra en los indicadores de espera como observación censurada: una cota inferior. Donde una hora tiene viajeros así, su espera se marca con ≥ (al menos), y la espera real fue más larga.',
      unit: 'viajeros (conteo); esperas en minutos, cotas inferiores',
    },
    drainCutoff: {
      term: 'Vaciado o corte (fin de la corrida)',
      aliases: 'vaciado|corte|fin de la corrida|drain|cutoff|endofrun|draincaphours',
      definition:
        'Cómo termina una corrida. Vaciado (drain, el valor predeterminado): las llegadas se detienen en el horizonte y la corrida sigue hasta que todos los presentes se van, así que las esperas de todas las horas terminan (salvo que el vaciado llegue a su tope, drainCapHours). Corte (cutoff): la corrida se detiene en el horizonte y quien sigue en la fila cuenta como sin terminar, con su espera censurada.',
      unit: 'horas (tiempo de vaciado después del horizonte)',
    },
    balking: {
      term: 'Desistir al llegar (balking)',
      aliases: 'no formarse|desistió|desistieron|se rindió|desistir de esperar',
      definition:
        'Un viajero ve una espera prevista mayor de la que tolera y no se forma en la fila. Después regresa a casa, va a otra garita o aplaza el viaje. (Desistieron al llegar + abandonaron la fila) ÷ llegadas es la proporción que desistió.',
      unit: 'viajeros (conteo); proporción de las llegadas',
    },
    reneging: {
      term: 'Abandonar la fila (reneging)',
      aliases: 'abandonó|abandonaron la fila|abandono|paciencia',
      definition:
        'Un viajero se forma en la fila y la deja cuando se le acaba la paciencia, antes de llegar a una caseta. Su tiempo en la fila antes de irse se reporta como la espera media de abandono. Los flujos pueden fijar una paciencia; sin ella nadie abandona.',
      unit: 'viajeros (conteo); minutos en la fila antes de irse',
    },
    waitOver: {
      term: 'P(espera > t)',
      aliases: 'proporción que espera más de|espera de más de 30 min|espera mayor que|excedencia|umbral',
      definition:
        'La proporción de vehículos (personas a pie) que llegaron a una caseta primaria cuya espera en la fila superó t minutos, en los umbrales que reporta el escenario (15, 30 y 60 minutos por defecto). Se promedia entre réplicas con un intervalo de confianza del 95 %. Las esperas censuradas cuentan como cotas inferiores, así que con viajeros sin terminar la proporción también es una cota inferior.',
      unit: 'fracción 0–1 (se muestra en %)',
    },
    laneManagement: {
      term: 'Gestión activa de carriles',
      aliases: 'gestión de carriles|oficiales de refuerzo|horas-caseta añadidas|refuerzo',
      definition:
        'Abrir casetas más allá del personal propio de un grupo de carriles cuando su fila crece, con oficiales de un grupo de refuerzo, y volver a cerrarlas cuando se acorta. Los resultados reportan las horas-caseta añadidas de esta manera.',
      unit: 'horas-caseta',
    },
    stackedBooths: {
      term: 'Casetas en tándem (stacked booths)',
      aliases: 'en tándem|casetas dobles|doble caseta|casetas por carril|boothsperlane',
      definition:
        'Dos (o más) casetas una detrás de otra en el mismo carril, cada una inspeccionando un vehículo, para que un carril despache más vehículos por hora. CBP cuenta un carril en tándem una sola vez: carriles abiertos = casetas abiertas ÷ casetas por carril.',
      unit: 'casetas por carril',
    },
  },
};
