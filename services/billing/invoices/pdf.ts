export async function invoicePdf(){return Buffer.alloc(0)}
