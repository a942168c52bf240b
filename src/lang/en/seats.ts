// Seats of government news names for the office they house: "the White House said" speaks for the US president.
// Read by entity resolution to say whose a bare title is ("President") when the story names one such seat.

export interface Seat {
  /** The written name, lower case, as it stands in text. */
  name: string;
  country: string;
  /** Offices (lower case, as roles are normalised) the seat houses. */
  offices: string[];
}

export const SEATS: Seat[] = [
  { name: 'white house', country: 'united states', offices: ['president'] },
  { name: 'oval office', country: 'united states', offices: ['president'] },
  { name: 'kremlin', country: 'russia', offices: ['president'] },
  { name: 'downing street', country: 'united kingdom', offices: ['prime minister'] },
  { name: 'élysée', country: 'france', offices: ['president'] },
  { name: 'elysee', country: 'france', offices: ['president'] },
  { name: 'blue house', country: 'south korea', offices: ['president'] },
  { name: 'zhongnanhai', country: 'china', offices: ['president'] },
  { name: 'quirinale', country: 'italy', offices: ['president'] },
  { name: 'palacio de la moneda', country: 'chile', offices: ['president'] },
  { name: 'casa rosada', country: 'argentina', offices: ['president'] },
  { name: 'los pinos', country: 'mexico', offices: ['president'] },
  { name: 'rashtrapati bhavan', country: 'india', offices: ['president'] },
];
