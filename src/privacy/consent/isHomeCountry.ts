/** Whether a speaker's free-text "Travels from" country is the bureau's own (or not given). */
export const isHomeCountry = (country: unknown, homeCountryNames: string[]): boolean => {
  const name = typeof country === 'string' ? country.trim().toLowerCase() : ''
  return !name || homeCountryNames.some((home) => home.trim().toLowerCase() === name)
}
