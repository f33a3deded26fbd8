/** The dashboard's queries, as the benchmark times them, for one region and year. */
export interface Operation {
  name: string;
  query: string;
}

export function dashboardOperations(regionCode: string, year: number): Operation[] {
  return [
    {
      name: 'channelComparison',
      query: `{ channelComparison(year: ${year}, regionCode: "${regionCode}", orderBy: WECHAT) {
        township { code name } rank reported totalActive gazette website weibo wechat other } }`,
    },
    {
      name: 'compare (COUNTY, where)',
      query: `{ compare(input: {
        metrics: ["applications.newReceived.total", "derived.disclosureRate", "channels.wechat"]
        years: [${year}], regionCode: "${regionCode}", groupBy: COUNTY
        where: [{ metric: "derived.newReceivedTotal", op: GTE, value: 0 }]
        orderBy: { metric: "derived.disclosureRate", direction: DESC }, limit: 20 }) {
        totalCount
        rows { region { code name level } year rank reportCount missingCount values { metric value previous delta } }
        totals { year reportCount missingCount values { metric value } } } }`,
    },
    {
      name: 'assessment',
      query: `{ assessment(year: ${year}, regionCode: "${regionCode}") { township { code name } reported total maxTotal rank } }`,
    },
  ];
}
