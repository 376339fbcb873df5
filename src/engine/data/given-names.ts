// Given names for the name judgement of identifying-detail: a given name followed by a capitalised
// word is very likely a real person. Two sources, one set:
// - the English female and male lists of the `human-names` package (names-human.ts, generated from
//   it at build time by test/unit/rules/identifying-detail-names.test.ts, kept as one joined string
//   because it is bundled into the engine);
// - names common in England today that those lists lack, by community (below). A miss costs one
//   undetected name only when no context gives the name away (titles, "called", an appositive, an
//   age); context catches names no list holds.
//
// Names that are also ordinary capitalised words ("Will", "May", "Grace", "Amber", "Jordan") are
// kept but listed in AMBIGUOUS_GIVEN_NAMES: the rule takes them for a name only where a sentence
// could not have capitalised them for another reason.
import { HUMAN_NAMES } from './names-human';

// Names collected for the first release, across communities.
const NAMES = `
  Aaliyah Aaron Aarav Abdi Abdirahman Abdul Abdullah Abena Abigail Abiola Adaeze Adam Ade Adebayo Adele Adeola Adil
  Adrian Adriana Agnieszka Ahmad Ahmed Aidan Aiden Aisha Akua Alan Alana Albie Aleksandra Alesha Alex Alexander
  Alexandra Alexandru Alfie Ali Alice Alicia Alisha Alison Ama Amaka Amanda Amara Amelia Amina Aminah Amir Amira
  Amrit Amy Ana Ananya Andre Andrea Andrei Andrew Andy Angela Anh Anika Anil Anisa Anita Ann Anna Anne Annie Anthony
  Antonio Aoife Archie Aria Arjun Arlo Arthur Aryan Asad Asha Ashley Asif Asma Austin Ava Ayaan Ayesha Ayo Ayodele
  Aziz Baljit Barbara Barry Bartosz Beatrice Bella Ben Benjamin Bethan Bethany Beverley Bilal Billy Blessing Bobby
  Bogdan Bradley Brandon Brenda Brian Bridget Brooke Caitlin Callum Cameron Carl Carly Carol Caroline Carys Catherine
  Cerys Charlie Charlotte Chelsea Cheryl Chiamaka Chidi Chinedu Chioma Chloe Chloé Chris Christine Christopher Ciara
  Ciaran Ciarán Claire Clare Claudette Clive Colin Connor Conor Courtney Craig Dafydd Daisy Damian Damilola Daniel
  Danielle Daria Darius Darren Dave David Dawid Dean Debbie Deborah Declan Deepak Delroy Demi Denise Derek Desmond
  Dev Dexter Diane Dimitri Diya Dmitri Dominik Donna Duncan Dwayne Dylan Eddie Edith Edward Efua Egle Elaine Eleanor
  Elena Eliza Elizabeth Ella Elliot Elliott Ellie Ellis Elsie Emeka Emily Emma Eoin Erin Errol Esme Ethan Evan Eve
  Evelyn Evie Ezra Faisal Farah Fatima Fatimah Felix Femi Ffion Filip Finley Finn Fiona Florence Folake Frankie
  Freddie Freya Funmi Gabriel Gabriela Gail Gareth Gary Gavin Gemma Geoffrey George Georgia Gethin Gillian Gordon
  Gracie Graham Gurdeep Gurpreet Hafsa Halima Hamza Hamzah Hana Hannah Hao Harjit Harley Harper Harpreet Harris
  Harrison Harry Harvey Hasan Hassan Hayley Hazel Heather Helen Henry Hibaq Hodan Holly Hugo Hussain Hussein Ian
  Ibrahim Idris Ieva Ifeoma Ilhan Ilyas Imran Ioana Ionut Iqra Irina Isa Isaac Isabel Isabella Isabelle Isla Ismail
  Ishaan Ivan Ivy Jacob Jack Jacqueline Jade Jake Jakub Jamal James Jamie Jane Janet Jasleen Jasmine Jason Jaspreet
  Javed Jayden Jaylen Jennifer Jenson Jeremy Jermaine Jessica Jill Joanne Joe Joel John Johnny Jonas Jonathan Jordan
  Joseph Josh Joshua Jude Julia Julie Justin Kabir Kacper Kai Kamal Kamil Karen Karl Karolina Katarzyna Kate Kathryn
  Katie Kayden Kayla Keira Keisha Keith Kelly Kemar Kemi Kenneth Kerry Kevin Khadija Khalid Kian Kieran Kim Kiran
  Kirsty Kofi Kojo Krish Krishna Krzysztof Kuldeep Kwabena Kwame Kwasi Kwesi Kyle Lakshmi Latoya Laura Lauren Layla
  Leah Leanne Lee Leila Lena Leo Leon Leroy Lewis Lexi Liam Lily Linda Linh Lisa Logan Lola Lorraine Louie Louis
  Louise Lucas Lucy Lukas Luke Luna Lyla Lynn Mabel Maddison Magdalena Mahmoud Maisie Maja Malcolm Malik Mandy Marcia
  Marcus Marek Margaret Maria Mariam Marlon Marta Martin Mary Maryam Mason Mateusz Matilda Matthew Max Maxine Meera
  Megan Mei Melissa Mia Michael Michal Michelle Mihai Mikayla Mila Millie Minh Mohamed Mohammad Mohammed Mollie Molly
  Muhammad Mustafa Nadia Nancy Naomi Nasreen Natalia Natalie Nathan Nathaniel Navdeep Naveed Nazia Neil Ngozi Nia
  Niamh Nicholas Nicola Nigel Nikhil Nikola Nkechi Noah Noor Nuala Nur Nusrat Obi Oksana Olga Oliver Olivia Oliwia
  Ollie Olu Oluwaseun Oluwatobi Omar Orla Oscar Otis Owain Owen Padraig Paige Pamela Parminder Patricia Patrick
  Patryk Paul Paula Penelope Peter Philip Phoebe Piotr Pooja Poppy Precious Priya Rachel Rahim Rahima Rahul Raj
  Rajesh Ramesh Rania Rashid Ravi Rebecca Reece Reggie Rehan Rhian Rhys Richard Riley Robert Robyn Roger Rohan Roisin
  Róisín Rokas Ronan Ronnie Rory Rosie Ruby Rupinder Ruqayyah Russell Ryan Saad Sabrina Sadia Safa Safiya Sagal
  Saima Sally Salma Sam Samantha Samir Samira Samuel Sana Sandra Sanjay Sara Sarah Scarlett Scott Seamus Sean Segun
  Sergei Shabnam Shahid Shamima Shane Shanice Shannon Sharon Shaun Shazia Sheila Shirin Shreya Siân Sian Sienna
  Simon Simran Siobhan Sofia Sonia Sonny Sophia Sophie Stacey Stephanie Stephen Steve Steven Stuart Sukhvinder
  Sumaya Sumayyah Summer-Rose Sunil Sunita Suresh Susan Suzanne Svetlana Szymon Tahir Tahmina Tamara Tanisha Tanvi
  Tanya Tariq Tayo Taylor Teddy Temi Teresa Terry Thanh Thea Theo Thomas Tia Tiffany Timothy Tobi Toby Tom Tomas
  Tomasz Tommy Tony Tracey Tracy Trevor Tunde Tyler Tyrone Umar Usman Uzma Valentina Vanessa Vasile Vicky Victoria
  Vikram Vincent Violet Vivek Waqar Wayne Wei Wendy Wiktoria William Willow Winston Xin Yasmin Yaw Yousef Yulia
  Yusuf Yvonne Zac Zachary Zahra Zain Zainab Zara Zayn Zeeshan Zoe Zoë Zuri Zuzanna
`;

// South Asian: Indian, Pakistani, Bangladeshi, Sri Lankan; Sikh, Hindu and Muslim naming.
const SOUTH_ASIAN = `
  Aarav Aarush Aditi Aditya Advait Ahana Akash Amandeep Amarjit Amrita Ankit Anoushka Anushka Arnav Ashok Avani
  Balbir Balvinder Bhavna Chandni Darshan Deepa Devika Dhruv Dilip Divya Farhan Farida Ganesh Gita Gurinder Gurjit
  Harleen Harvinder Hemant Ishani Jagdeep Jasbir Jaskaran Jasmeet Jatinder Jaswinder Kamaljit Kanwal Karan Kavita
  Kulvinder Mahesh Manish Manjit Manpreet Meena Mohan Mukesh Naveen Navjot Neha Nirmala Pradeep Pranav Prem Priyanka
  Rajinder Rakesh Reena Rekha Rishi Rohit Sachin Sanjeev Sarbjit Satnam Shanti Sharmila Shilpa Shiv Sukhdeep
  Sukhjinder Sukhwinder Swati Tejinder Usha Varun Vinod Yash Zoya Aamir Abid Adeel Afzal Aftab Ahsan Akbar Akram
  Aleena Amaan Amjad Anam Aneesa Anwar Aqsa Arif Arshad Asim Atif Azhar Bashir Danyal Faiza Faizan Farhana Fariha
  Farooq Fawad Haroon Haris Humaira Iqbal Irfan Junaid Kamran Kashif Laiba Maham Mahnoor Majid Mehreen Minahil
  Mohsin Mudassar Muneeb Musa Nabeel Nadeem Naeem Naila Nasir Rizwan Rukhsana Saqib Shabana Shahida Shoaib Sidra
  Sobia Sohail Sumaira Talha Tanveer Tayyab Umair Waqas Yasir Zubair Zohaib Abul Afsana Anwara Delwar Fahim Farzana
  Habib Hasina Jahanara Jesmin Kamrul Khaleda Mahbub Mamun Mizanur Monir Nazmul Rafiq Rubina Ruma Shahana Shamim
  Shapla Sultana Taslima Tanvir Tasnim Rokeya Tharshan Thushara Kajan Sivakumar Nirosha Janani Keerthana Mathumitha
  Abinaya Harini Kavya Sathya Aanya Aadhya Saanvi Anvi Vihaan Reyansh Rudra Aryan Riya Prisha Kiara Myra Advika
`;

// West and East African and the Horn: Yoruba, Igbo, Hausa, Akan, Somali, Eritrean, Ethiopian, Kenyan, Zimbabwean.
const AFRICAN = `
  Abiodun Abimbola Adanna Adebola Adedayo Adekunle Adesola Adetokunbo Adewale Adeyemi Adunni Afolabi Ayodeji
  Ayomide Ayotunde Babajide Babatunde Bisi Bolanle Bukola Chidera Chidinma Chibueze Chika Chikamso Chinonso Chinwe
  Chisom Chukwuemeka Chukwudi Damilare Dayo Ebere Ebuka Efe Ejiro Ekene Enitan Esosa Folasade Funke Funmilayo Gbenga
  Ifeanyi Ijeoma Ikechukwu Kayode Kehinde Kelechi Kunle Lanre Modupe Nkem Nnamdi Obinna Ogechi Olamide Olawale
  Oluchi Olufemi Olumide Oluwafemi Oluwatosin Onyeka Seun Simisola Sola Taiwo Temitope Titilayo Tolu Tope Uche
  Uchenna Yetunde Yewande Adjoa Adwoa Afia Afua Akosua Esi Kwadwo Kwaku Kweku Yaa Ekow Kobina Fiifi Araba Aminu
  Sani Hauwa Abdullahi Ayan Deeqa Fadumo Farhiya Hamdi Istahil Khadar Liban Mukhtar Muna Nasra Sahra Shukri Ubah
  Zamzam Hawa Idil Ifrah Ikran Kaltun Nimo Roda Jabari Juma Kamau Wanjiru Njeri Wambui Otieno Achieng Akinyi Zawadi
  Neema Tendai Tatenda Tinashe Rudo Chipo Farai Kudzai Nyasha Tafadzwa Ruvimbo Thabo Sipho Themba Lindiwe Nomvula
  Abebe Tigist Selam Meron Dawit Yonas Saba Senait Hagos Tesfay Yohannes Filmon Semhar Winta Merhawi Ngozi Adaobi
  Ezinne Obiageli Chinyere Amarachi Chiamaka Oluwaseyi Ifeoluwa Mariama Fatmata Aminata Isatu Kadiatou Mamadou
  Ousmane Moussa Ibrahima Abdoulaye Awa Fanta Binta Lamin Alhaji Ebrima Isatou Kofi Kwame Kwasi Kwesi Ama Akua Abena
`;

// East and Central European: Polish, Romanian, Lithuanian, Latvian, Bulgarian, Ukrainian, Russian, Czech,
// Slovak, Hungarian, Albanian, Kosovan, Bosnian.
const EAST_EUROPEAN = `
  Agata Alicja Antoni Bartek Bartłomiej Beata Dariusz Dominika Dorota Ewa Ewelina Franciszek Grzegorz Iwona Jacek
  Janusz Jarosław Justyna Kinga Łukasz Lukasz Maciej Małgorzata Malgorzata Marcin Mariusz Michał Mikołaj Paweł Pawel
  Przemysław Radosław Urszula Weronika Wiktor Witold Wojciech Zbigniew Zofia Alin Andreea Catalin Cătălin Ciprian
  Claudiu Cosmin Costel Dragos Dragoș Florin Georgiana Ion Ionela Ionuț Iulia Loredana Madalina Mădălina Mihaela
  Mirela Nicoleta Ovidiu Petru Radu Raluca Razvan Răzvan Sorin Ștefan Teodora Viorel Aistė Agne Agnė Arnas Aurimas
  Dainius Dovydas Eglė Gabija Gintaras Indrė Justas Karolis Mantas Marius Milda Paulius Rasa Rūta Vaida Vilius
  Žygimantas Aivars Anete Ilze Janis Jānis Kristaps Liga Rihards Albana Arben Besnik Blerta Dorina Ermal Gentian
  Ilir Klodian Xhesika Fatjon Erion Enkeleda Arjola Ardit Elira Flutura Dimitar Georgi Ivanka Kaloyan Petya Plamen
  Stoyan Tsvetan Yordan Olena Oleksandr Oleksiy Olha Nataliya Mykola Tetiana Vitaliy Anastasiia Dmytro Bohdan Andriy
  Sergey Yevgeny Pavel Petr Jiri Jiří Tereza Zdenek László Laszlo Istvan István Zsofia Zsófia Gabor Gábor Attila
  Krisztina Eszter Emir Amela Edin Selma Jasmina Mirza Adnan Lejla
`;

// Arabic, Kurdish, Turkish, Afghan and Iranian.
const MIDDLE_EASTERN = `
  Abdallah Abdelrahman Alaa Amal Anas Ayman Bashar Basma Dalia Dania Eman Faris Fatma Ghada Hadi Hala Hamid Hanan
  Hani Haya Heba Hiba Iman Jamila Karim Khaled Layla Loujain Majed Malak Manal Marwa Nada Nour Rami Rana Reem Sami
  Shadi Tamer Walid Yara Youssef Zaid Zeinab Aram Azad Dilan Hawre Hevi Jiyan Kawa Rojda Rebin Shilan Soran Zhiyar
  Delal Berivan Ahmadullah Farid Farhad Mahmoud Nasrin Parisa Roya Sohrab Zahir Zalmai Babak Behnaz Darya Ehsan
  Navid Omid Pouya Shahram Ahmet Ayse Ayşe Burak Cem Elif Emine Emre Esra Fatih Gizem Hakan Hatice Kemal Merve
  Mehmet Murat Ozan Selin Serkan Tuba Zeynep Berk Baran Eda Ece Irem Kaan Onur Ugur Uğur Yousef Mohammed Mohamed
`;

// Chinese (pinyin and Cantonese romanisation), Vietnamese, Korean, Japanese, Filipino.
const EAST_ASIAN = `
  Wei Jing Ming Hui Xin Yan Ying Lei Jun Hao Jie Tao Fang Hong Mei Ling Qing Xiao Yue Zhi Jiayi Zihan Yuxuan Haoran
  Yichen Zixuan Xinyi Yutong Junjie Jiahao Zhiwei Xiaoming Xiaoyu Xiaowen Meiling Huiling Jiawei Weijie Yiming Ziyi
  Shuang Qian Rui Wing Chun Kwok Siu Yiu Hoi Anh Binh Duc Dung Hanh Hieu Hoa Hoang Hung Huong Khanh Linh Minh Ngoc
  Nguyet Phuong Quang Thanh Thao Thu Thuy Trang Trung Tuan Tung Vy Hiroshi Yuki Haruto Sakura Yuna Minji Jiwoo
  Seojun Maricel Marites Rowena Jocelyn
`;

// Caribbean and Black British.
const CARIBBEAN = `
  Delroy Everton Fitzroy Kemar Shaniqua Kadeem Kareem Kayon Odessa Orville Sharelle Shereen Tianna Tishana Kemoy
  Shantel Shenice Shamar Kymani Jahmal Jahmai Jahiem Cedella Garfield Icilda Lascelles Merline Ransford Rushane
  Damion Akeem Akila Makeda Omari Tafari Tajah Jaheim Tyreece Tyrell Jamar Jerelle Keshawn Renae Shakeel Latisha
`;

// Irish, Welsh and Scottish Gaelic forms.
const IRISH_WELSH_SCOTTISH = `
  Ailbhe Caoimhe Clodagh Eilis Fionnuala Grainne Gráinne Máire Mairéad Niamh Roisin Róisín Saoirse Síne Úna Aisling
  Cian Ciarán Colm Conall Cormac Darragh Dónal Donal Éamon Eoghan Fearghal Fergal Fiachra Lorcan Odhrán Oisín
  Pádraig Ruairí Seán Séamus Tadhg Tiernan Alun Angharad Branwen Carwyn Catrin Delyth Dewi Eirian Eleri Emrys
  Gwenllian Gwion Gwyn Heledd Iestyn Ioan Iolo Llinos Llŷr Lowri Mabli Manon Meinir Meleri Nerys Osian Rhodri Sioned
  Steffan Tomos Trystan Alasdair Eilidh Innes Morag Murdo Mhairi Niven Rhona Ruaridh Seonaidh Torquil
`;

/**
 * Capitalised for other reasons too: months, virtues, nouns, verbs, places, ratings ("Amber"),
 * faiths ("Christian"). Still given names, but not on their own evidence at the start of a sentence
 * or after "the", "a", "in" or "at" ("Will the agencies…", "an Amber rating", "in Jordan").
 */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(`
  Ace Acacia Alaska Albany Amber America Amethyst Amity Angel Apple April Aqua Archer Art Ash Aspen Atlanta August
  Autumn Avalon Bay Bear Beck Bill Bliss Bloom Blossom Blue Blaze Boston Bray Breeze Briar Brighton Bristol Brook
  Brooks Buck Buddy Buster Butch Cadence Camden Can Cash Chance Charity Cherry Chester Chip Chase Christian Clarity
  Clay Cliff Clover Coral Crystal Dallas Dash Dawn Deacon Denver Destiny Devon Diamond Dick Dot Drake Duke Earl
  Earnest Echo Eden Ember Emerald Faith Fawn Fern Ford Forest Foster Fox Frank Genesis Ginger Grace Grant Grey Guy
  Harmony Haven Heath Heaven Honesty Honey Honor Honour Hope Hunter India Indiana Indigo January Jersey Jewel Jordan
  Journey Joy July June Juniper Justice Kent Kit Lake Lane Lark Lavender Leaf Liberty Lilac Link Lincoln London Lotus
  Lucky Mark Max May Meadow Melody Mercy Milan Miracle Misty Modesty Montana Nash Ocean Oasis Olive Opal Page Paris
  Pat Patience Peace Pearl Penny Phoenix Precious Primrose Prince Princess Promise Prudence Raven Ray Reed Reef Rich
  River Rob Robin Rock Rose Ruby Rusty Sable Saffron Sage Said Sandy September Sky Snow Sol Spike Spring Star
  Sterling Stone Storm Sue Sugar Summer Tiger Trace Tray Trinity Tulip Turner Van Venus Victoria Violet Walker Will
  Willow Winter Wolf Woody York
`.split(/\s+/).filter(Boolean));

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [HUMAN_NAMES, NAMES, SOUTH_ASIAN, AFRICAN, EAST_EUROPEAN, MIDDLE_EASTERN, EAST_ASIAN, CARIBBEAN, IRISH_WELSH_SCOTTISH].join(' ').split(/\s+/).filter(Boolean),
);
