import { describePortableWrites } from './portableWritesSuite'

describePortableWrites('Payload’s default ids and schema')
