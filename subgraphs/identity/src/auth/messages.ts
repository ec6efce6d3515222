/** +79001234567 → +7 *** ***-**-67: enough for the user to recognise, too little to be useful to others. */
export const maskPhone = (phone: string) => `${phone.slice(0, 2)} *** ***-**-${phone.slice(-2)}`;
