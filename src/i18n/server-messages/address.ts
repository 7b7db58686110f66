/** Server keys of the address book: region checks against the dataset, postcode shape. */
export const zhAddress = {
  'error.address.region': '所在地区不存在，请重新选择',
  'error.address.unknownProvince': '没有这个省份，请从列表中选择',
  'error.address.unknownCity': '该省份下没有这个城市，请从列表中选择',
  'error.address.unknownDistrict': '该城市下没有这个区县，请从列表中选择',
  'error.input.postcode': '邮编应为 6 位数字',
} as const

export const enAddress: Record<keyof typeof zhAddress, string> = {
  'error.address.region': 'That region does not exist; please pick it again',
  'error.address.unknownProvince': 'No such province; please pick one from the list',
  'error.address.unknownCity': 'No such city in that province; please pick one from the list',
  'error.address.unknownDistrict': 'No such district in that city; please pick one from the list',
  'error.input.postcode': 'A postcode has 6 digits',
}
