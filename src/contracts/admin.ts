// The operator console's routes (service scope): success metrics, upgrade and risk lists, health.
export const adminContracts = {};
